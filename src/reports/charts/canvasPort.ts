/**
 * The part of the Canvas 2D API the charts draw with. Both the browser's canvas and
 * `@napi-rs/canvas` (tests, bench) provide it, so the same drawing code runs in both.
 */
export interface ChartContext2D {
  fillStyle: string | unknown;
  strokeStyle: string | unknown;
  lineWidth: number;
  font: string;
  textAlign: 'left' | 'right' | 'center' | 'start' | 'end';
  textBaseline: 'top' | 'middle' | 'bottom' | 'alphabetic' | 'hanging' | 'ideographic';
  save(): void;
  restore(): void;
  translate(x: number, y: number): void;
  rotate(angle: number): void;
  beginPath(): void;
  closePath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  rect(x: number, y: number, width: number, height: number): void;
  clip(): void;
  fill(): void;
  stroke(): void;
  fillRect(x: number, y: number, width: number, height: number): void;
  strokeRect(x: number, y: number, width: number, height: number): void;
  fillText(text: string, x: number, y: number, maxWidth?: number): void;
  measureText(text: string): { readonly width: number };
  setLineDash(segments: number[]): void;
}

/** A canvas of the requested size in pixels: draw on `context`, then take the picture as PNG. */
export interface ChartCanvas {
  readonly context: ChartContext2D;
  toPng(): Promise<Uint8Array>;
}

/** Makes canvases: the browser's in the web part, `@napi-rs/canvas` in Node. */
export type CanvasFactory = (width: number, height: number) => ChartCanvas;
