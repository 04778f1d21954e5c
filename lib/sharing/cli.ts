/**
 * The python-openstackclient (OSC 6) commands for what the sharing page does, so people who
 * script can repeat it. Membership answers act for the project the CLI is scoped to: passing
 * `--project` to `image set` would also try to change the image's owner.
 */
export const sharingCli = {
  makeShared: (imageId: string) => `openstack image set --shared ${imageId}`,
  addProject: (imageId: string, projectId: string) => `openstack image add project ${imageId} ${projectId}`,
  removeProject: (imageId: string, projectId: string) => `openstack image remove project ${imageId} ${projectId}`,
  listMembers: (imageId: string) => `openstack image member list ${imageId}`,
  accept: (imageId: string) => `openstack image set --accept ${imageId}`,
  reject: (imageId: string) => `openstack image set --reject ${imageId}`,
  pending: (imageId: string) => `openstack image set --pending ${imageId}`,
};
