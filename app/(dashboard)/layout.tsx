import { AppHeader } from '@/components/layout/app-header';
import { requireSession } from '@/lib/session';
import { toSessionView } from '@/lib/session/schema';
import { offersCloudChoice } from '@/lib/auth/cloud-choice';

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const session = await requireSession();
  return (
    <div className="min-h-screen">
      <AppHeader session={toSessionView(session, offersCloudChoice())} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6 lg:px-8">
        {children}
      </main>
    </div>
  );
}
