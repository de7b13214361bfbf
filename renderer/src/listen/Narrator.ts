import type { Span } from '../annotate/segments';
import { spokenSentences } from './spokenSentences';

/** An article as the narrator reads it: its title, then its body's sentences. */
export interface SpokenArticle {
  id: number;
  title: string;
  body: string;
  language: string | null;
}

export interface NarratorState {
  articleId: number | null;
  title: string;
  /** The sentence being spoken, as offsets into the body; null while the title is. */
  sentence: Span | null;
  /** 0 is the title, then the body's sentences. */
  index: number;
  count: number;
  playing: boolean;
  rate: number;
  /** The chosen voice's URI, or null for the platform's default. */
  voice: string | null;
  voices: readonly { uri: string; name: string; lang: string }[];
  /** Articles left in the queue after this one. */
  queued: number;
  error: string | null;
}

export const NO_VOICE =
  'No voice is installed for reading aloud. Add one in the system’s speech settings (Windows: Settings ▸ Time & language ▸ Speech; ' +
  'macOS: System Settings ▸ Accessibility ▸ Spoken Content; Linux: install speech-dispatcher and espeak-ng), then reload.';

/**
 * Reads articles aloud with the platform's speech engine, one utterance per sentence, so the sentence spoken is
 * known, shown and stepped through. Pausing cancels the utterance and playing again starts its sentence over: the
 * engines' own pause and resume are unreliable. Plays a queue of articles one after another; `onFinished` hears of
 * each article read to its end.
 */
export class Narrator {
  private state: NarratorState = {
    articleId: null,
    title: '',
    sentence: null,
    index: 0,
    count: 0,
    playing: false,
    rate: 1,
    voice: null,
    voices: [],
    queued: 0,
    error: null,
  };
  private article: SpokenArticle | null = null;
  private sentences: Span[] = [];
  private queue: number[] = [];
  private readonly listeners = new Set<() => void>();
  // Each utterance carries the turn it was spoken in: the end of one cancelled since (a step, a pause) is not the end of its sentence.
  private turn = 0;
  onFinished: (articleId: number) => void = () => {};

  constructor(
    private readonly speech: SpeechSynthesis | null,
    private readonly load: (id: number) => Promise<SpokenArticle>,
  ) {
    speech?.addEventListener('voiceschanged', this.readVoices);
    this.readVoices();
  }

  private readonly readVoices = () => this.set({ voices: (this.speech?.getVoices() ?? []).map((v) => ({ uri: v.voiceURI, name: v.name, lang: v.lang })) });

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly snapshot = () => this.state;

  /** Reads the first article, then the others in turn. */
  async start(ids: readonly number[]): Promise<void> {
    // Read again: an engine may list its voices only after the page asked once.
    this.readVoices();
    if (!this.speech || this.state.voices.length === 0) return this.set({ error: NO_VOICE });
    const [first, ...rest] = ids;
    if (first === undefined) return;
    this.queue = rest;
    await this.open(first);
  }

  toggle(): void {
    if (this.state.playing) this.pause();
    else if (this.article) this.speak(this.state.index);
  }

  pause(): void {
    this.turn++;
    this.speech?.cancel();
    this.set({ playing: false });
  }

  /** The next (1) or previous (-1) sentence, spoken at once if playing. */
  step(by: 1 | -1): void {
    if (!this.article) return;
    const index = Math.min(this.sentences.length, Math.max(0, this.state.index + by));
    if (this.state.playing) this.speak(index);
    else this.set({ index, sentence: this.sentences[index - 1] ?? null });
  }

  setRate(rate: number): void {
    this.set({ rate });
    if (this.state.playing) this.speak(this.state.index);
  }

  setVoice(voice: string | null): void {
    this.set({ voice });
    if (this.state.playing) this.speak(this.state.index);
  }

  stop(): void {
    this.pause();
    this.article = null;
    this.queue = [];
    this.set({ articleId: null, title: '', sentence: null, index: 0, count: 0, queued: 0 });
  }

  private async open(id: number): Promise<void> {
    try {
      this.article = await this.load(id);
    } catch (err) {
      return this.set({ playing: false, error: (err as Error).message });
    }
    this.sentences = spokenSentences(this.article.body, this.article.language);
    this.set({ articleId: id, title: this.article.title, count: this.sentences.length + 1, queued: this.queue.length, error: null });
    this.speak(0);
  }

  private speak(index: number): void {
    const article = this.article;
    if (!article || !this.speech) return;
    const turn = ++this.turn;
    this.speech.cancel();
    if (index > this.sentences.length) return void this.finish(article.id);
    const sentence = index === 0 ? null : this.sentences[index - 1]!;
    const utterance = new SpeechSynthesisUtterance(sentence ? article.body.slice(sentence.start, sentence.end) : article.title);
    utterance.rate = this.state.rate;
    const voice = this.speech.getVoices().find((v) => v.voiceURI === this.state.voice);
    if (voice) utterance.voice = voice;
    else if (article.language) utterance.lang = article.language;
    utterance.onend = () => turn === this.turn && this.speak(index + 1);
    utterance.onerror = (e) => turn === this.turn && e.error !== 'interrupted' && e.error !== 'canceled' && this.set({ playing: false, error: e.error });
    this.set({ index, sentence, playing: true, error: null });
    this.speech.speak(utterance);
  }

  private async finish(id: number): Promise<void> {
    this.onFinished(id);
    const next = this.queue.shift();
    if (next === undefined) return this.stop();
    await this.open(next);
  }

  private set(change: Partial<NarratorState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}
