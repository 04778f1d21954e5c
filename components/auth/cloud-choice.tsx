'use client';

import { createContext, useContext, useEffect, useState } from 'react';
import { Field, inputClasses } from '@/components/ui/field';

interface CloudChoice {
  /** The chosen cloud's label; undefined when the operator configured only one. */
  cloud?: string;
  choose: (cloud: string) => void;
  /** A refusal of the chosen cloud (an action's field error, or `?sso=unknown_cloud`), shown next to the field. */
  error?: string;
  reportError: (error: string | undefined) => void;
}

const CloudChoiceContext = createContext<CloudChoice>({ choose: () => undefined, reportError: () => undefined });

export function useCloudChoice(): CloudChoice {
  return useContext(CloudChoiceContext);
}

interface CloudChoiceProviderProps {
  /** Labels in the configured order; more than one, or the field is not shown. */
  clouds: string[];
  initial?: string;
  initialError?: string;
  children: React.ReactNode;
}

/**
 * The cloud (Keystone and image region) a sign-in goes to, chosen once above every sign-in
 * method: the forms send it as a hidden `cloud` field, the WebSSO links as a query parameter.
 */
export function CloudChoiceProvider({ clouds, initial, initialError, children }: CloudChoiceProviderProps) {
  const [cloud, setCloud] = useState(initial ?? clouds[0]);
  const [error, reportError] = useState(initialError);
  const choose = (next: string) => {
    setCloud(next);
    reportError(undefined);
  };
  return (
    <CloudChoiceContext.Provider value={{ cloud, choose, error, reportError }}>
      <CloudField clouds={clouds} />
      {children}
    </CloudChoiceContext.Provider>
  );
}

function CloudField({ clouds }: { clouds: string[] }) {
  const { cloud, choose, error } = useCloudChoice();
  return (
    <Field id="cloud" label="Cloud" hint="Each cloud or region has its own projects and images." errors={error ? [error] : undefined}>
      {(props) => (
        <select {...props} value={cloud} onChange={(event) => choose(event.target.value)} className={inputClasses}>
          {clouds.map((label) => (
            <option key={label} value={label}>
              {label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The chosen cloud in a sign-in form; a refusal of it from the form's action goes next to the Cloud field. */
export function CloudInput({ errors }: { errors?: string[] }) {
  const { cloud, reportError } = useCloudChoice();
  // each answer of the action is a new array, so the same refusal twice is shown twice
  useEffect(() => {
    if (errors?.[0]) reportError(errors[0]);
  }, [errors, reportError]);
  return cloud === undefined ? null : <input type="hidden" name="cloud" value={cloud} />;
}
