/*
 * The result of the inspection on the verification page (检查结果告知, R-RS-2): reads
 * GET /api/public/inspection-codes/{code}/result with the code of the page's ?c= and renders it into
 * <section id="result-section">, after the page's own verification (window.inspectionVerified). Both the inspection
 * code and the enterprise's follow-up link read it. A refused code shows nothing here (the page shows the refusal).
 */
(function () {
  var section = document.getElementById('result-section');
  var code = new URLSearchParams(location.search).get('c');
  if (!section || !code) { return; }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  function day(iso) {
    var p = iso.split('-');
    return p[0] + '年' + Number(p[1]) + '月' + Number(p[2]) + '日';
  }

  function time(instant) {
    return new Date(instant).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  }

  function render(r) {
    var card = el('div', null, 'card');
    card.appendChild(el('h2', '检查结果'));
    if (!r.backfilled) {
      card.appendChild(el('p', '执法人员尚未回填检查结果（当前状态：' + r.statusLabel + '）。回填后可在此查看。', 'note'));
      section.appendChild(card);
      section.hidden = false;
      return;
    }
    card.appendChild(el('p', '回填时间：' + time(r.backfilledAt) + '；当前状态：' + r.statusLabel, 'note'));
    var list = el('ul');
    r.items.forEach(function (i) {
      var li = el('li');
      li.appendChild(el('b', i.itemName + '：' + i.outcomeLabel));
      if (i.findings) { li.appendChild(el('span', i.findings, 'basis')); }
      if (i.firstViolationExempt) { li.appendChild(el('span', '首次轻微违法，依法不予处罚（首违不罚）', 'basis')); }
      list.appendChild(li);
    });
    card.appendChild(list);
    if (r.rectificationDeadline) {
      card.appendChild(el('p', '请于 ' + day(r.rectificationDeadline) + ' 前完成整改。如有异议，可依法陈述、申辩。',
        'right'));
    }
    section.appendChild(card);
    section.hidden = false;
  }

  // after the page's own verification: a refused code is not asked again
  (window.inspectionVerified || Promise.resolve(null)).then(function (task) {
    if (!task) { return; }
    fetch('/api/public/inspection-codes/' + encodeURIComponent(code) + '/result',
        { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (r) { if (r) { render(r); } })
      .catch(function () { /* the page's own verification shows network problems */ });
  });
})();
