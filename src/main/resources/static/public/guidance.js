// The enterprise's guidance page (R-TK-9, R-NT-4): reads and writes with the enterprise service link's code (?c=).
(function () {
  const code = new URLSearchParams(location.search).get('c') || '';
  const base = '/api/public/enterprise-pages/' + encodeURIComponent(code) + '/guidance';
  const problem = document.getElementById('problem');
  const list = document.getElementById('requests');

  function show(error) {
    problem.hidden = false;
    problem.textContent = error;
  }

  async function call(method, url, body) {
    const response = await fetch(url, {
      method: method,
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined
    });
    const json = await response.json().catch(() => null);
    if (!response.ok) {
      throw new Error((json && json.detail) || '请求未成功，请稍后再试。');
    }
    return json;
  }

  function text(tag, content) {
    const e = document.createElement(tag);
    e.textContent = content == null ? '' : content;
    return e;
  }

  function row(dl, label, value) {
    if (value == null || value === '') return;
    dl.appendChild(text('dt', label));
    dl.appendChild(text('dd', value));
  }

  function render(requests) {
    list.textContent = requests.length ? '' : '暂无申请。';
    requests.forEach(r => {
      const card = document.createElement('div');
      card.className = 'card';
      const dl = document.createElement('dl');
      row(dl, '编号', r.requestNumber);
      row(dl, '部门', r.agencyName);
      row(dl, '事项', r.kindLabel);
      row(dl, '内容', r.subject);
      row(dl, '状态', r.statusLabel);
      row(dl, '答复期限', r.replyDueAt ? new Date(r.replyDueAt).toLocaleString('zh-CN') : '本地未规定答复时限');
      row(dl, '答复', r.answer);
      row(dl, '入企走访', r.consentLabel);
      row(dl, '走访指导记录', r.visitNotes);
      card.appendChild(dl);
      if (r.statusLabel !== '已走访指导' && (r.visitProposed || r.consent === 'DECLINED')) {
        const yes = text('button', '同意（邀请）入企走访指导');
        const no = text('button', '不同意入企');
        yes.onclick = () => consent(r.requestNumber, true);
        no.onclick = () => consent(r.requestNumber, false);
        card.appendChild(yes);
        card.appendChild(no);
      }
      list.appendChild(card);
    });
  }

  async function load() {
    try {
      render(await call('GET', base));
    } catch (e) {
      list.textContent = '';
      show(e.message);
    }
  }

  async function consent(number, agrees) {
    try {
      await call('POST', base + '/' + encodeURIComponent(number) + '/consent', { agrees: agrees });
      load();
    } catch (e) {
      show(e.message);
    }
  }

  document.getElementById('ask').addEventListener('submit', async event => {
    event.preventDefault();
    const form = new FormData(event.target);
    try {
      await call('POST', base, Object.fromEntries(form.entries()));
      event.target.reset();
      problem.hidden = true;
      load();
    } catch (e) {
      show(e.message);
    }
  });

  load();
})();
