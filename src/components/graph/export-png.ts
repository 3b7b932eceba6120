/**
 * PNG export of the current graph view (DESIGN §7). Sigma 4 draws nodes, edges and labels on one
 * WebGL2 "stage" canvas without `preserveDrawingBuffer`, so its pixels are only readable in the
 * task that rendered them: we force a render and copy the stage onto a 2D canvas from sigma's
 * synchronous `afterRender` event, on a white background, with a caption and a text legend below.
 * (`@sigma/export-image` targets sigma 3's multi-canvas layers and is not used.)
 */
import type Sigma from 'sigma';
import type { LegendEntry } from './appearance.ts';

const CAPTION_FONT_PX = 13;
const CAPTION_LINE_PX = 20;
const CAPTION_PADDING_PX = 10;

export function snapshotStage(sigma: Sigma): HTMLCanvasElement {
  const stage = sigma.getStageCanvas();
  const copy = document.createElement('canvas');
  copy.width = stage.width;
  copy.height = stage.height;
  const ctx = copy.getContext('2d')!;
  const draw = () => ctx.drawImage(stage, 0, 0);
  sigma.once('afterRender', draw);
  sigma.refresh();
  sigma.off('afterRender', draw);
  return copy;
}

export function composeExport(stage: HTMLCanvasElement, title: string, legend: LegendEntry[]): HTMLCanvasElement {
  const ratio = window.devicePixelRatio || 1;
  const lines = 1 + legend.length;
  const captionHeight = Math.ceil((CAPTION_PADDING_PX * 2 + lines * CAPTION_LINE_PX) * ratio);
  const out = document.createElement('canvas');
  out.width = stage.width;
  out.height = stage.height + captionHeight;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(stage, 0, 0);
  ctx.scale(ratio, ratio);
  const top = stage.height / ratio + CAPTION_PADDING_PX;
  ctx.font = `bold ${CAPTION_FONT_PX}px system-ui, sans-serif`;
  ctx.fillStyle = '#111111';
  ctx.textBaseline = 'middle';
  ctx.fillText(title, CAPTION_PADDING_PX, top + CAPTION_LINE_PX / 2);
  ctx.font = `${CAPTION_FONT_PX}px system-ui, sans-serif`;
  legend.forEach((entry, i) => {
    const y = top + (i + 1.5) * CAPTION_LINE_PX;
    ctx.fillStyle = entry.colour;
    ctx.beginPath();
    if (entry.shape === 'square') ctx.rect(CAPTION_PADDING_PX, y - 5, 10, 10);
    else ctx.arc(CAPTION_PADDING_PX + 5, y, 5, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#111111';
    ctx.fillText(entry.label, CAPTION_PADDING_PX + 18, y);
  });
  return out;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
