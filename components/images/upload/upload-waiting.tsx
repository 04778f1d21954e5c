import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

interface UploadWaitingProps {
  fileName: string;
  /** Why the upload cannot start yet, from the server. */
  message: string;
  onCancel: () => void;
  cancelling: boolean;
}

/** Iris's upload budget is full: say why this upload waits; it starts by itself when a slot frees. */
export function UploadWaiting({ fileName, message, onCancel, cancelling }: UploadWaitingProps) {
  return (
    <Alert tone="info" title={`Waiting to upload ${fileName}`}>
      <p data-testid="upload-waiting">{message}</p>
      <div className="mt-3">
        <Button variant="secondary" size="sm" onClick={onCancel} pending={cancelling}>
          Cancel upload
        </Button>
      </div>
    </Alert>
  );
}
