import { describe, expect, it } from 'vitest';
import { normalizeProjectId, parseProjectRef, projectIdCommand, projectIdHint } from './project-ref';

const ID = '992d6fb917dc4254aa630756c22361f4';

describe('normalizeProjectId', () => {
  it('accepts Keystone IDs in any case and the dashed UUID spelling', () => {
    expect(normalizeProjectId(ID)).toBe(ID);
    expect(normalizeProjectId(`  ${ID.toUpperCase()} `)).toBe(ID);
    expect(normalizeProjectId('992d6fb9-17dc-4254-aa63-0756c22361f4')).toBe(ID);
  });

  it('refuses anything else', () => {
    expect(normalizeProjectId(ID.slice(1))).toBeNull();
    expect(normalizeProjectId(`${ID}0`)).toBeNull();
    expect(normalizeProjectId('992d6fb917dc4254aa630756c22361fg')).toBeNull();
    expect(normalizeProjectId('alt')).toBeNull();
  });
});

describe('parseProjectRef', () => {
  it('tells IDs from names', () => {
    expect(parseProjectRef(ID)).toEqual({ kind: 'id', id: ID });
    expect(parseProjectRef('  alt ')).toEqual({ kind: 'name', name: 'alt' });
    expect(parseProjectRef('my project (test)')).toEqual({ kind: 'name', name: 'my project (test)' });
  });

  it('refuses empty, overlong and control-character input', () => {
    expect(parseProjectRef('   ')).toMatchObject({ kind: 'invalid', message: 'Enter a project name or ID.' });
    expect(parseProjectRef('x'.repeat(65))).toMatchObject({ kind: 'invalid' });
    expect(parseProjectRef('x'.repeat(64))).toEqual({ kind: 'name', name: 'x'.repeat(64) });
    expect(parseProjectRef('al\u0000t')).toMatchObject({ kind: 'invalid' });
  });
});

describe('projectIdHint', () => {
  it('names the openrc variable and a command that works for the project itself', () => {
    expect(projectIdHint('alt')).toContain('OS_PROJECT_ID');
    expect(projectIdCommand('alt')).toBe('openstack project show alt -f value -c id');
    expect(projectIdCommand(ID)).toBe("openstack project show '<project>' -f value -c id");
    expect(projectIdCommand()).toBe("openstack project show '<project>' -f value -c id");
    expect(projectIdCommand('team; rm -rf ~')).toBe("openstack project show 'team; rm -rf ~' -f value -c id");
  });
});
