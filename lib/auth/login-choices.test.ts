import { describe, expect, it } from 'vitest';
import { parseLoginChoices, parsePairs } from './login-choices';

describe('parseLoginChoices', () => {
  it('offers the Keystone password alone by default', () => {
    expect(parseLoginChoices({})).toEqual([{ kind: 'password', key: 'credentials', label: 'Keystone password' }]);
  });

  it('keeps the configured order and maps WebSSO keys to identity provider and protocol', () => {
    const choices = parseLoginChoices({
      WEBSSO_CHOICES: 'uni=University login, credentials=Keystone password, application_credential=Application credential',
      WEBSSO_IDP_MAPPING: 'uni=uni-idp:openid',
      WEBSSO_IDP_HEALTH_URLS: 'uni=https://idp.example.org/.well-known/openid-configuration',
    });
    expect(choices.map((c) => c.kind)).toEqual(['websso', 'password', 'application_credential']);
    expect(choices[0]).toEqual({
      kind: 'websso',
      key: 'uni',
      label: 'University login',
      idp: 'uni-idp',
      protocol: 'openid',
      healthUrl: 'https://idp.example.org/.well-known/openid-configuration',
    });
  });

  it('refuses a WebSSO choice without a mapping, a mapping without a choice, and bad values', () => {
    expect(() => parseLoginChoices({ WEBSSO_CHOICES: 'uni=University' })).toThrow(/no entry in WEBSSO_IDP_MAPPING/);
    expect(() => parseLoginChoices({ WEBSSO_IDP_MAPPING: 'uni=a:b' })).toThrow(/not listed in WEBSSO_CHOICES/);
    expect(() => parseLoginChoices({ WEBSSO_CHOICES: 'uni=U', WEBSSO_IDP_MAPPING: 'uni=only-idp' })).toThrow(/identity-provider:protocol/);
    expect(() => parseLoginChoices({ WEBSSO_CHOICES: 'uni=U', WEBSSO_IDP_MAPPING: 'uni=a:b', WEBSSO_IDP_HEALTH_URLS: 'uni=ftp://x' })).toThrow(/http/);
  });

  it('parses key=value pairs and refuses duplicates and missing values', () => {
    expect(parsePairs(' a=1 ,b = two words ')).toEqual([
      ['a', '1'],
      ['b', 'two words'],
    ]);
    expect(() => parsePairs('a=1,a=2')).toThrow(/twice/);
    expect(() => parsePairs('a')).toThrow(/key=value/);
    expect(() => parsePairs('bad key=1')).toThrow(/not a key/);
  });
});
