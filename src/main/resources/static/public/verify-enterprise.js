/*
 * The enterprise's side of the verification page (verify.html): the notice (检查预告, R-NT-1), read through the
 * inspection code or the enterprise's follow-up link, and the evaluation (评议, R-RS-3), read and filed only through
 * the follow-up link the platform sent the enterprise with the result (R-IG-7). Opened with the inspector's code, the
 * evaluation card explains where the enterprise evaluates. Each request verifies the code again on the server; when
 * the code is refused the sections stay hidden (the page's own card shows the refusal).
 */
(function () {
  'use strict';

  var LEVELS = ['', '很不满意', '不满意', '一般', '满意', '很满意'];
  var MAX_COMMENT = 500;
  var code = (new URLSearchParams(location.search).get('c') || '').trim();
  var noticeCard = document.getElementById('notice');
  var evaluationCard = document.getElementById('evaluation');
  if (!code || !noticeCard || !evaluationCard) {
    return;
  }
  var base = '/api/public/inspection-codes/' + encodeURIComponent(code);

  var style = document.createElement('style');
  style.textContent = [
    '.stars { display: flex; flex-direction: row-reverse; justify-content: flex-end; gap: 4px; margin: 4px 0; }',
    '.stars input { position: absolute; opacity: 0; width: 1px; height: 1px; }',
    '.stars label { font-size: 2.2rem; line-height: 1; color: #cbd2d9; cursor: pointer; padding: 2px; }',
    '.stars input:checked ~ label, .stars label:hover, .stars label:hover ~ label { color: #f5a623; }',
    '.stars input:focus-visible + label { outline: 2px solid #1f2933; }',
    '#evaluation textarea { width: 100%; min-height: 88px; font: inherit; padding: 8px; border: 1px solid #d9e2ec;',
    '  border-radius: 6px; }',
    '#evaluation button { width: 100%; margin-top: 8px; padding: 12px; font: inherit; font-size: 1.05rem;',
    '  color: #fff; background: #027a48; border: 0; border-radius: 6px; }',
    '#evaluation button:disabled { background: #9aa5b1; }',
    '.level { color: #616e7c; min-height: 1.6em; }',
    '.problem { color: #b42318; background: #fef3f2; border: 1px solid #b42318; border-radius: 6px; padding: 8px;',
    '  margin-top: 8px; }',
    '.done { color: #027a48; font-weight: bold; font-size: 1.1rem; }',
    '.shown-stars { color: #f5a623; font-size: 1.4rem; letter-spacing: 2px; }',
    '#notice h3 { font-size: 1rem; margin: 12px 0 6px; }'
  ].join('\n');
  document.head.appendChild(style);

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }
  function row(dl, term, value) {
    dl.appendChild(el('dt', term));
    dl.appendChild(el('dd', value || '—'));
  }
  function time(instant) {
    var p = {};
    new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: '2-digit', minute: '2-digit', hour12: false }).formatToParts(new Date(instant))
      .forEach(function (x) { p[x.type] = x.value; });
    return p.year + '年' + p.month + '月' + p.day + '日 ' + p.hour + ':' + p.minute;
  }
  function get(path) {
    return fetch(base + path, { headers: { Accept: 'application/json' } }).then(answer);
  }
  function answer(r) {
    return r.json().catch(function () { return {}; }).then(function (body) { return { ok: r.ok, body: body }; });
  }
  function reset(card, title) {
    card.textContent = '';
    card.appendChild(el('h2', title));
    card.hidden = false;
  }

  // 检查预告 (R-NT-1)
  function showNotice(n) {
    reset(noticeCard, '检查预告');
    if (!n.sent) {
      noticeCard.appendChild(el('p', n.reason || '检查预告尚未发出。', 'note'));
      return;
    }
    var dl = el('dl');
    row(dl, '发送时间', time(n.sentAt));
    row(dl, '检查时间', n.window);
    row(dl, '检查方式', n.method);
    row(dl, '执法人员', (n.inspectors || []).join('、'));
    row(dl, '联系人', n.contactName);
    row(dl, '联系电话', n.contactPhone);
    noticeCard.appendChild(dl);
    noticeCard.appendChild(el('h3', '检查事项、法定依据及合规标准'));
    var ul = el('ul');
    (n.items || []).forEach(function (i) {
      var li = el('li', i.name);
      li.appendChild(el('span', '法定依据：' + i.legalBasis, 'basis'));
      li.appendChild(el('span', '合规标准：' + i.complianceStandard, 'basis'));
      ul.appendChild(li);
    });
    noticeCard.appendChild(ul);
    noticeCard.appendChild(el('p', '企业可对照合规标准提前自查，检查时如实提供有关材料。', 'note'));
  }

  // 检查评议 (R-RS-3)
  function stars(score) {
    return '★★★★★'.slice(0, score) + '☆☆☆☆☆'.slice(0, 5 - score);
  }
  function showEvaluated(e, problem) {
    reset(evaluationCard, '检查评议');
    var done = el('p', '已评议：' + e.score + ' 星（' + LEVELS[e.score] + '）', 'done');
    done.id = 'evaluated';
    evaluationCard.appendChild(done);
    evaluationCard.appendChild(el('div', stars(e.score), 'shown-stars'));
    if (e.comment) { evaluationCard.appendChild(el('p', '评议意见：' + e.comment)); }
    if (e.submittedAt) { evaluationCard.appendChild(el('p', '评议时间：' + time(e.submittedAt), 'note')); }
    if (problem) { evaluationCard.appendChild(problem); }
    evaluationCard.appendChild(el('p', '感谢您的评议。评议结果报送司法局（行政执法监督机构），每次检查只能评议一次。', 'note'));
  }
  function problemBox(message) {
    var p = el('p', message, 'problem');
    p.id = 'evaluation-problem';
    p.setAttribute('role', 'alert');
    return p;
  }
  function showForm() {
    reset(evaluationCard, '检查评议');
    evaluationCard.appendChild(el('p', '请对本次检查的规范性、执法人员的态度和效率进行评价（1 星为很不满意，5 星为很满意）。', 'note'));
    var form = el('form');
    form.id = 'evaluation-form';
    form.noValidate = true;
    var group = el('div', undefined, 'stars');
    group.setAttribute('role', 'radiogroup');
    group.setAttribute('aria-label', '评分');
    for (var s = 5; s >= 1; s--) {
      var input = el('input');
      input.type = 'radio';
      input.name = 'score';
      input.value = String(s);
      input.id = 'score-' + s;
      var label = el('label', '★');
      label.htmlFor = input.id;
      label.title = s + ' 星：' + LEVELS[s];
      label.setAttribute('aria-label', s + ' 星（' + LEVELS[s] + '）');
      group.appendChild(input);
      group.appendChild(label);
    }
    form.appendChild(group);
    var level = el('div', '请选择星级', 'level');
    form.appendChild(level);
    group.addEventListener('change', function (ev) {
      level.textContent = ev.target.value + ' 星：' + LEVELS[Number(ev.target.value)];
    });
    var comment = el('textarea');
    comment.id = 'evaluation-comment';
    comment.maxLength = MAX_COMMENT;
    comment.placeholder = '评议意见（选填，不超过 500 字）';
    form.appendChild(comment);
    var count = el('div', '0 / ' + MAX_COMMENT, 'note');
    comment.addEventListener('input', function () { count.textContent = comment.value.length + ' / ' + MAX_COMMENT; });
    form.appendChild(count);
    var button = el('button', '提交评议');
    button.type = 'submit';
    form.appendChild(button);
    evaluationCard.appendChild(form);

    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var old = document.getElementById('evaluation-problem');
      if (old) { old.remove(); }
      var chosen = form.querySelector('input[name=score]:checked');
      if (!chosen) {
        form.appendChild(problemBox('请先选择 1 至 5 星再提交。'));
        return;
      }
      button.disabled = true;
      button.textContent = '正在提交…';
      fetch(base + '/evaluation', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ score: Number(chosen.value), comment: comment.value })
      }).then(answer).then(function (a) {
        if (a.ok) {
          showEvaluated(a.body);
          return;
        }
        button.disabled = false;
        button.textContent = '提交评议';
        form.appendChild(problemBox(a.body.detail || '评议未能提交，请稍后重试。'));
      }).catch(function () {
        button.disabled = false;
        button.textContent = '提交评议';
        form.appendChild(problemBox('网络异常，评议未能提交，请稍后重试。'));
      });
    });
  }
  function showEvaluation(e) {
    if (e.evaluated) {
      showEvaluated(e);
    } else if (e.canEvaluate) {
      showForm();
    } else {
      reset(evaluationCard, '检查评议');
      var p = el('p', e.reason || '暂不能评议。', 'note');
      p.id = 'evaluation-closed';
      evaluationCard.appendChild(p);
    }
  }

  // 评议 only through the enterprise's own link (R-IG-7): the inspector holds the inspection code too
  function showFollowUpOnly() {
    reset(evaluationCard, '检查评议');
    var p = el('p', '评议须由企业通过平台发送给贵单位的“检查结果告知”链接进行。执法人员出示的检查码只用于核验检查任务，'
        + '不能用于评议，以保证评议出自企业本身。');
    p.id = 'evaluation-follow-up-only';
    evaluationCard.appendChild(p);
    evaluationCard.appendChild(el('p', '执法人员回填检查结果后，平台会将检查结果及专用链接发送给贵单位；未收到的，'
        + '可向司法局（行政执法监督机构）反映。', 'note'));
  }

  // after the page's own verification: a refused code is not asked again
  (window.inspectionVerified || Promise.resolve(null)).then(function (task) {
    if (!task) { return; }
    get('/notice').then(function (a) { if (a.ok) { showNotice(a.body); } }).catch(function () {});
    if (!task.followUp) { showFollowUpOnly(); return; }
    get('/evaluation').then(function (a) { if (a.ok) { showEvaluation(a.body); } }).catch(function () {});
  });
})();
