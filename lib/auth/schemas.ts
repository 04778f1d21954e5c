import { z } from 'zod';

export const signInSchema = z.object({
  username: z.string().trim().min(1, 'Enter your user name.').max(255, 'That user name is too long.'),
  password: z.string().min(1, 'Enter your password.').max(4096, 'That password is too long.'),
  domain: z.string().trim().min(1, 'Enter your domain (usually "Default").').max(255, 'That domain name is too long.'),
  next: z.string().max(2048).optional(),
});

export type SignInInput = z.infer<typeof signInSchema>;

const secret = z.string().min(1, 'Enter the application credential’s secret.').max(4096, 'That secret is too long.');
const next = z.string().max(2048).optional();

/** Application credential sign-in: by its ID, or by its name and its user (Keystone accepts both). */
export const applicationCredentialSchema = z.discriminatedUnion('identify', [
  z.object({
    identify: z.literal('id'),
    id: z.string().trim().min(1, 'Enter the application credential’s ID.').regex(/^[A-Za-z0-9_-]{1,64}$/, 'An application credential ID has only letters, digits, - and _ (32 characters on most clouds).'),
    secret,
    next,
  }),
  z.object({
    identify: z.literal('name'),
    name: z.string().trim().min(1, 'Enter the application credential’s name.').max(255, 'That name is too long.'),
    username: z.string().trim().min(1, 'Enter the user name the credential belongs to.').max(255, 'That user name is too long.'),
    domain: z.string().trim().min(1, 'Enter the user’s domain (usually "Default").').max(255, 'That domain name is too long.'),
    secret,
    next,
  }),
]);

export type ApplicationCredentialInput = z.infer<typeof applicationCredentialSchema>;

export const projectIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'That is not a project ID.');
