/** What the sign-in paths tell people; shared by server code and the browser, so nothing secret. */

export const APPLICATION_CREDENTIAL_SCOPE =
  'You signed in with an application credential. Keystone scopes it to one project for good, so there is no other project to switch to. Sign out and sign in another way to use your other projects.';

/** Next to the login page's Cloud field when a form or link named a cloud that is not configured. */
export const UNKNOWN_CLOUD = 'That cloud is not offered here. Choose one from the list.';

/** Why a WebSSO sign-in ended back on the login page (`/login?sso=<code>`); the page words it. */
export const WEBSSO_OUTCOMES = [
  'no_pending',
  'stale',
  'foreign_origin',
  'token_refused',
  'no_project',
  'no_image_service',
  'keystone_down',
  'idp_down',
  'not_offered',
  'unknown_cloud',
] as const;

export type WebssoOutcome = (typeof WEBSSO_OUTCOMES)[number];

/**
 * The sentence for an outcome; `provider` is the configured label of the identity provider, when
 * known, `cloud` that of the cloud the sign-in was for when the login page offers several.
 */
export function describeWebssoOutcome(outcome: WebssoOutcome, provider = 'your identity provider', cloud?: string): { title: string; message: string } {
  const keystone = cloud ? `The identity service (Keystone) of ${cloud}` : 'The identity service (Keystone)';
  switch (outcome) {
    case 'no_pending':
      return {
        title: 'Sign-in not accepted',
        message: 'Iris received a sign-in it did not start in this browser, so it ignored it. If you meant to sign in, choose how below.',
      };
    case 'stale':
      return { title: 'Sign-in took too long', message: `The sign-in with ${provider} was started too long ago. Start it again.` };
    case 'foreign_origin':
      return {
        title: 'Sign-in not accepted',
        message: `The sign-in did not come back from ${cloud ? `${cloud}’s` : 'this cloud’s'} identity service (Keystone), so Iris ignored it.`,
      };
    case 'token_refused':
      return { title: 'Sign-in not accepted', message: 'Keystone did not confirm the sign-in it sent back. Start it again; if it keeps failing, tell your cloud operator.' };
    case 'no_project':
      return {
        title: 'No project yet',
        message: `You signed in with ${provider}, but Keystone gives your account no project. Ask your cloud administrator to add you to one.`,
      };
    case 'no_image_service':
      return { title: 'No image service', message: 'This cloud’s service catalog has no image service for your region and interface.' };
    case 'keystone_down':
      return { title: 'Keystone is not answering', message: `${keystone} is not answering. Try again in a moment, or tell your cloud operator.` };
    case 'idp_down':
      return { title: `${provider} is not answering`, message: `The identity provider (${provider}) is not answering, so you cannot sign in with it right now. Try again in a moment, or sign in another way.` };
    case 'not_offered':
      return { title: 'Sign-in not offered', message: 'That way of signing in is not offered here. Choose one below.' };
    case 'unknown_cloud':
      return { title: 'Cloud not offered', message: UNKNOWN_CLOUD };
  }
}
