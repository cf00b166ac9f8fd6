/*
 * The enterprise's rectification (整改, R-RS-4) on the verification page: the deadline, where it stands, and a form
 * to report what was fixed. Renders into <section id="rectification-section"> with the code of the page's URL (?c=).
 * The form comes only with the enterprise's follow-up link (the server answers canReport=false for the inspector's
 * code, R-IG-7); opened with the inspector's code, an open rectification says where the enterprise reports.
 * Shows nothing when the code is refused (verify.html already says why) or when no rectification was ordered.
 */
(function () {
  var section = document.getElementById('rectification-section');
  var code = new URLSearchParams(location.search).get('c');
  if (!section || !code) { return; }
  var base = '/api/public/inspection-codes/' + encodeURIComponent(code.trim());

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }
  function row(dl, term, value) {
    if (value === undefined || value === null || value === '') { return; }
    dl.appendChild(el('dt', term));
    dl.appendChild(el('dd', value));
  }
  function day(iso) {
    if (!iso) { return null; }
    var p = iso.split('-');
    return p[0] + '年' + Number(p[1]) + '月' + Number(p[2]) + '日';
  }
  function time(instant) {
    return new Date(instant).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  }
  function call(method, body) {
    var init = { method: method, headers: { Accept: 'application/json' } };
    if (body) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(base + (method === 'GET' ? '/rectification' : '/rectification-report'), init).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (b) { return { ok: r.ok, body: b }; });
    });
  }

  function form(message) {
    var f = el('form');
    f.id = 'rectification-form';
    f.appendChild(el('h3', '报告整改情况'));
    var label = el('label', '整改情况（必填）');
    var text = el('textarea');
    text.id = 'rectification-report';
    text.rows = 5;
    text.maxLength = 2000;
    text.required = true;
    text.placeholder = '针对发现的问题做了哪些整改、何时完成';
    label.appendChild(text);
    f.appendChild(label);
    var evidenceLabel = el('label', '佐证材料（选填，每行一项：照片、票据、制度文件的名称或编号）');
    var evidence = el('textarea');
    evidence.id = 'rectification-evidence';
    evidence.rows = 3;
    evidenceLabel.appendChild(evidence);
    f.appendChild(evidenceLabel);
    var error = el('p', message || '', 'rectification-error');
    error.setAttribute('role', 'alert');
    f.appendChild(error);
    var submit = el('button', '提交整改报告');
    submit.type = 'submit';
    f.appendChild(submit);
    f.addEventListener('submit', function (event) {
      event.preventDefault();
      submit.disabled = true;
      error.textContent = '';
      var refs = evidence.value.split('\n').map(function (s) { return s.trim(); })
        .filter(function (s) { return s.length > 0; });
      call('POST', { report: text.value, evidence: refs }).then(function (a) {
        if (a.ok) { render(a.body, '整改情况已提交，执法人员将核查。'); }
        else { submit.disabled = false; error.textContent = a.body.detail || '提交失败，请稍后重试。'; }
      }).catch(function () {
        submit.disabled = false;
        error.textContent = '网络异常，暂时无法提交，请稍后重试。';
      });
    });
    return f;
  }

  var followUp = false;

  function render(r, done) {
    section.textContent = '';
    section.className = 'card';
    section.appendChild(el('h2', '整改要求'));
    if (r.note) { section.appendChild(el('p', r.note, 'note')); }
    var dl = el('dl');
    row(dl, '整改期限', day(r.deadline));
    row(dl, '整改状态', r.statusLabel);
    row(dl, '已报告整改', r.report);
    if (r.evidence && r.evidence.length) { row(dl, '佐证材料', r.evidence.join('、')); }
    row(dl, '报告时间', r.reportedAt ? time(r.reportedAt) : null);
    row(dl, '核查结论', r.verdictLabel);
    row(dl, '核查意见', r.remark);
    row(dl, '现场复查日期', day(r.recheckDate));
    section.appendChild(dl);
    if (done) { section.appendChild(el('p', done, 'note')); }
    if (r.canReport) {
      section.appendChild(form());
    } else if (r.open && !followUp) {
      var only = el('p', '整改情况须由企业通过平台发送给贵单位的“检查结果告知”链接报告；执法人员出示的检查码只能查看整改要求，'
          + '不能用于报告整改情况。', 'note');
      only.id = 'rectification-follow-up-only';
      section.appendChild(only);
    }
  }

  (window.inspectionVerified || Promise.resolve(null)).then(function (task) {
    if (!task) { return; }
    followUp = task.followUp === true;
    call('GET').then(function (a) {
      if (a.ok && a.body.deadline) { render(a.body); }
    }).catch(function () { /* the verification above already tells about the network */ });
  });
})();
