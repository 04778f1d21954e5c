/** "1 image", "3 images": the bulk bar's count. */
export const countImages = (n: number) => (n === 1 ? '1 image' : `${n} images`);
