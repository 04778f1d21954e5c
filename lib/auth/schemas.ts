import { z } from 'zod';

export const signInSchema = z.object({
  username: z.string().trim().min(1, 'Enter your user name.').max(255, 'That user name is too long.'),
  password: z.string().min(1, 'Enter your password.').max(4096, 'That password is too long.'),
  domain: z.string().trim().min(1, 'Enter your domain (usually "Default").').max(255, 'That domain name is too long.'),
  next: z.string().max(2048).optional(),
});

export type SignInInput = z.infer<typeof signInSchema>;

export const projectIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'That is not a project ID.');
