import { CloudChoiceProvider } from './cloud-choice';
import { SignInForms, type FormChoice } from './sign-in-choices';
import { WebssoButton } from './websso-button';

interface SignInCardProps {
  providers: { key: string; label: string }[];
  forms: FormChoice[];
  next: string;
  /** The configured clouds' labels: with more than one, the Cloud field comes first and every choice carries it. */
  clouds: string[];
  chosenCloud?: string;
  cloudError?: string;
}

/** The login page's card: the cloud (when there are several), then every way to sign in the operator offers. */
export function SignInCard({ providers, forms, next, clouds, chosenCloud, cloudError }: SignInCardProps) {
  const choices = (
    <>
      {providers.length > 0 && (
        <div className="space-y-2">
          {providers.map((provider) => (
            <WebssoButton key={provider.key} choice={provider.key} label={provider.label} next={next} />
          ))}
        </div>
      )}
      {providers.length > 0 && forms.length > 0 && (
        <p className="flex items-center gap-3 text-xs uppercase tracking-wide text-slate-500 before:h-px before:flex-1 before:bg-slate-200 after:h-px after:flex-1 after:bg-slate-200">
          or
        </p>
      )}
      {forms.length > 0 && <SignInForms choices={forms} next={next} />}
    </>
  );
  return (
    <div className="space-y-5 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      {clouds.length > 1 ? (
        <CloudChoiceProvider clouds={clouds} initial={chosenCloud} initialError={cloudError}>
          {choices}
        </CloudChoiceProvider>
      ) : (
        choices
      )}
    </div>
  );
}
