// The identity provider's own sign-in page: plain HTML, no script, every value escaped.

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; background: #f4f5f7; color: #1d2330; margin: 0; }
  main { max-width: 22rem; margin: 12vh auto; background: #fff; padding: 2rem; border-radius: 8px;
         box-shadow: 0 1px 3px rgb(0 0 0 / 0.12); }
  @media (max-width: 28rem) { main { margin: 1rem; padding: 1.5rem; } }
  h1 { font-size: 1.25rem; margin: 0 0 0.25rem; }
  p { margin: 0 0 1.25rem; color: #4a5263; font-size: 0.9rem; }
  label { display: block; font-weight: 600; font-size: 0.9rem; margin-top: 1rem; }
  input { width: 100%; box-sizing: border-box; padding: 0.5rem; font: inherit; border: 1px solid #8a93a6; border-radius: 4px; }
  button { margin-top: 1.5rem; width: 100%; padding: 0.6rem; font: inherit; font-weight: 600; border: 0;
           border-radius: 4px; background: #1d4ed8; color: #fff; cursor: pointer; }
  .error { color: #a11d1d; font-weight: 600; margin-top: 1rem; }
  button.cancel { margin-top: 0.5rem; background: none; color: #1d4ed8; font-weight: 400; }
`;

/** The sign-in form for one pending interaction; `error` is shown above the button. */
export function loginPage({ uid, providerName, clientName, username = '', error = '' }) {
  const action = `/interaction/${encodeURIComponent(uid)}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in – ${escapeHtml(providerName)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
  <h1>Sign in to ${escapeHtml(providerName)}</h1>
  <p>${escapeHtml(clientName)} asks who you are.</p>
  <form method="post" action="${action}/login" autocomplete="off">
    <label for="username">Username</label>
    <input id="username" name="username" value="${escapeHtml(username)}" required${error ? '' : ' autofocus'}>
    <label for="password">Password</label>
    <input id="password" name="password" type="password" required${error ? ' autofocus' : ''}>
    ${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
    <button type="submit">Sign in</button>
  </form>
  <form method="post" action="${action}/abort"><button class="cancel" type="submit">Cancel</button></form>
</main>
</body>
</html>`;
}

/** A page for errors the provider shows itself (expired or unknown interaction). */
export function errorPage({ providerName, title, detail }) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)} – ${escapeHtml(providerName)}</title><style>${STYLE}</style></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p></main></body>
</html>`;
}
