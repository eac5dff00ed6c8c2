// A local OpenID Connect provider for the production sign-in test. Listens on loopback only, on a free port,
// and prints "LISTENING <issuer>" once ready. The id token carries the claims Entra ID would send: oid, name,
// preferred_username and the app roles in "roles" (comma-separated in MOCK_ROLES).
//
// It also keeps a single sign-on session, as a real provider does, so that the app's demand for a recent sign-in
// can be tested: the session began MOCK_AUTH_AGE_SECONDS ago (default 0) and the id token's auth_time says so.
// An authorize request with prompt=login, or with a max_age the session is older than, signs the user in afresh
// (auth_time = now); end-session closes the session, so the next authorize is a fresh sign-in too.
import { OAuth2Server } from 'oauth2-mock-server';

const now = () => Math.floor(Date.now() / 1000);
let sessionStart = now() - Number(process.env.MOCK_AUTH_AGE_SECONDS ?? '0');
const authTimeByCode = new Map();

const server = new OAuth2Server();
await server.issuer.keys.generate('RS256');
server.service.on('beforeAuthorizeRedirect', (redirect, req) => {
  const prompt = String(req.query.prompt ?? '');
  const maxAge = req.query.max_age === undefined ? undefined : Number(req.query.max_age);
  if (sessionStart === null || prompt.split(' ').includes('login') || (maxAge !== undefined && now() - sessionStart > maxAge)) {
    sessionStart = now();
    console.log(`FRESH SIGN-IN prompt=${prompt} max_age=${maxAge ?? ''}`);
  }
  authTimeByCode.set(redirect.url.searchParams.get('code'), sessionStart);
});
server.service.on('beforeTokenSigning', (token, req) => {
  token.payload.oid = process.env.MOCK_OID ?? 'oidc-user-1';
  token.payload.name = process.env.MOCK_NAME ?? 'Helen Marsh';
  token.payload.preferred_username = process.env.MOCK_EMAIL ?? 'helen.marsh@education.gov.uk';
  token.payload.roles = (process.env.MOCK_ROLES ?? 'ChiefStatistician').split(',');
  const authTime = authTimeByCode.get(req.body?.code);
  if (authTime !== undefined) token.payload.auth_time = authTime;
});
server.service.on('beforePostLogoutRedirect', () => {
  sessionStart = null;
});
await server.start(0, '127.0.0.1');
server.issuer.url = `http://127.0.0.1:${server.address().port}`;
console.log(`LISTENING ${server.issuer.url}`);
process.stdin.on('end', () => server.stop().then(() => process.exit(0)));
process.stdin.resume();
