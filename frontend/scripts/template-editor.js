// Line numbers and template syntax marks for the prompt editor's message text areas.
// The text area stays a normal <textarea>: a gutter sits in its prefix slot, and a mirror of its text,
// with {{ }}, {% %} and {# #} marked, lies behind it (the text area's background is transparent); both
// are in the prefix slot, as the component shows no light-DOM child outside its slots.
// The server names the lines with a template error in the host's data-error-lines attribute ("2 5").
(function () {
  'use strict';
  const SYNTAX = /(\{\{[\s\S]*?(?:\}\}|$))|(\{%[\s\S]*?(?:%\}|$))|(\{#[\s\S]*?(?:#\}|$))/g;
  const COPIED = ['fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing', 'tabSize',
    'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderLeftWidth',
    'boxSizing'];

  function escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  function marked(text) {
    let html = '';
    let at = 0;
    text.replace(SYNTAX, (match, expression, statement, comment, offset) => {
      html += escape(text.slice(at, offset));
      const kind = expression ? 'tpl-expression' : statement ? 'tpl-statement' : 'tpl-comment';
      html += '<span class="' + kind + '">' + escape(match) + '</span>';
      at = offset + match.length;
      return match;
    });
    // a trailing newline needs a character after it to take up its line
    return html + escape(text.slice(at)) + '\u200b';
  }

  function attach(host) {
    const area = host.querySelector('textarea');
    if (!area || host.__templateEditor) {
      return;
    }
    host.__templateEditor = true;
    area.setAttribute('wrap', 'off');
    const gutter = document.createElement('div');
    gutter.className = 'template-gutter';
    gutter.setAttribute('slot', 'prefix');
    gutter.setAttribute('aria-hidden', 'true');
    host.appendChild(gutter);
    const mirror = document.createElement('div');
    mirror.className = 'template-marks';
    mirror.setAttribute('aria-hidden', 'true');
    // shown through the prefix slot (the textarea slot would take it for a replacement of the textarea);
    // positioned absolutely, it lies under the textarea rather than beside it
    mirror.setAttribute('slot', 'prefix');
    host.appendChild(mirror);
    host.classList.add('template-editor');

    function errorLines() {
      return new Set((host.getAttribute('data-error-lines') || '').split(/\s+/).filter(Boolean).map(Number));
    }

    function place() {
      const style = getComputedStyle(area);
      COPIED.forEach(name => { mirror.style[name] = style[name]; });
      gutter.style.fontFamily = style.fontFamily;
      gutter.style.fontSize = style.fontSize;
      gutter.style.lineHeight = style.lineHeight;
      gutter.style.paddingTop = style.paddingTop;
      // measured, not assumed: the positioned box it is placed in lies in the component's shadow root
      mirror.style.top = '0px';
      mirror.style.left = '0px';
      const origin = mirror.getBoundingClientRect();
      const box = area.getBoundingClientRect();
      mirror.style.top = (box.top - origin.top) + 'px';
      mirror.style.left = (box.left - origin.left) + 'px';
      mirror.style.width = box.width + 'px';
      mirror.style.height = box.height + 'px';
      mirror.scrollTop = area.scrollTop;
      mirror.scrollLeft = area.scrollLeft;
      gutter.scrollTop = area.scrollTop;
    }

    function update() {
      const text = area.value;
      const lines = text.split('\n').length;
      const errors = errorLines();
      let numbers = '';
      for (let line = 1; line <= lines; line++) {
        numbers += '<div class="gutter-line' + (errors.has(line) ? ' gutter-error' : '') + '">' + line + '</div>';
      }
      gutter.innerHTML = numbers;
      mirror.innerHTML = marked(text);
      place();
    }

    area.addEventListener('input', update);
    area.addEventListener('scroll', place);
    host.addEventListener('value-changed', () => requestAnimationFrame(update));
    new MutationObserver(update).observe(host, { attributes: true, attributeFilter: ['data-error-lines'] });
    new ResizeObserver(place).observe(area);
    update();
  }

  window.promptsmithTemplate = { attach: attach };
})();
