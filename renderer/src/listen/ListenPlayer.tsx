import { Pause, Play, SkipBack, SkipForward, Square } from 'lucide-react';
import { IconButton } from '../app/IconButton';
import type { Narrator, NarratorState } from './Narrator';
import './listen.css';

const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2];

interface Props {
  narrator: Narrator;
  state: NarratorState;
  playPause(): void;
}

/** The top bar's mini player: play or pause, and while an article is being read, its sentences, speed, voice and queue. */
export function ListenPlayer({ narrator, state, playPause }: Props) {
  const active = state.articleId !== null;
  return (
    <div className="listen-player" role="group" aria-label="Read aloud">
      <IconButton
        icon={state.playing ? Pause : Play}
        label={state.playing ? 'Pause reading aloud' : active ? 'Go on reading aloud' : 'Read aloud: this article, then the list'}
        shortcut="p"
        onClick={playPause}
      />
      {active && (
        <>
          <IconButton icon={SkipBack} label="Previous sentence" shortcut="[" onClick={() => narrator.step(-1)} />
          <IconButton icon={SkipForward} label="Next sentence" shortcut="]" onClick={() => narrator.step(1)} />
          <IconButton icon={Square} label="Stop reading aloud" onClick={() => narrator.stop()} />
          <span className="listen-where" aria-live="off" title={state.title}>
            {state.index}/{state.count - 1}
            {state.queued > 0 && ` · ${state.queued} next`}
          </span>
          <select aria-label="Speed" value={state.rate} onChange={(e) => narrator.setRate(Number(e.currentTarget.value))}>
            {RATES.map((r) => (
              <option key={r} value={r}>
                {r}×
              </option>
            ))}
          </select>
          <select aria-label="Voice" value={state.voice ?? ''} onChange={(e) => narrator.setVoice(e.currentTarget.value || null)}>
            <option value="">Default voice</option>
            {state.voices.map((v) => (
              <option key={v.uri} value={v.uri}>
                {v.name} ({v.lang})
              </option>
            ))}
          </select>
        </>
      )}
      {state.error && (
        <p className="listen-error" role="alert">
          {state.error}
        </p>
      )}
    </div>
  );
}
