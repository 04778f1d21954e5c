import { Field, inputClasses } from '@/components/ui/field';
import { IMAGE_LIMITS } from '@/lib/images/image-fields';
import { CreateFormSection, type FieldErrorsOf } from './create-form-section';

/** Name and description. The name input is exposed so choosing a file can fill it in. */
export function CreateDetailsFields({ errors, nameRef }: { errors: FieldErrorsOf; nameRef: React.Ref<HTMLInputElement> }) {
  return (
    <CreateFormSection title="Details" description="How people find the image in lists and when launching servers.">
      <Field id="name" label="Name" errors={errors('name')} hint={`Up to ${IMAGE_LIMITS.name} characters.`}>
        {(p) => <input {...p} ref={nameRef} name="name" autoComplete="off" className={inputClasses} />}
      </Field>
      <Field id="description" label="Description (optional)" errors={errors('description')}>
        {(p) => <textarea {...p} name="description" rows={2} className={inputClasses} />}
      </Field>
    </CreateFormSection>
  );
}
