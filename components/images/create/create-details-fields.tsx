import { MetadataField } from '@/components/images/form/metadata-field';
import { CreateFormSection, type FieldErrorsOf } from './create-form-section';

/** Name and description. The name input is exposed so choosing a file can fill it in. */
export function CreateDetailsFields({ errors, nameRef }: { errors: FieldErrorsOf; nameRef: React.Ref<HTMLInputElement> }) {
  return (
    <CreateFormSection title="Details" description="How people find the image in lists and when launching servers.">
      <MetadataField field="name" errors={errors('name')} control={{ ref: nameRef }} />
      <MetadataField field="description" errors={errors('description')} />
    </CreateFormSection>
  );
}
