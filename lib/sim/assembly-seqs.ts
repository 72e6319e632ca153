import type { Assembly } from "./types";

type SeqRange = Pick<Assembly, "filteredThroughSeq" | "includedThroughSeq">;

function seqsBetween(first: number, last: number): number[] {
  const seqs: number[] = [];
  for (let seq = first; seq <= last; seq++) seqs.push(seq);
  return seqs;
}

/** Seqs of the artifacts an assembly sent to the model, oldest first. */
export function includedSeqs(assembly: SeqRange): number[] {
  return seqsBetween(assembly.filteredThroughSeq + 1, assembly.includedThroughSeq);
}

/** Seqs of the artifacts an assembly left out, oldest first (grows with the history: expand only when shown). */
export function filteredSeqs(assembly: SeqRange): number[] {
  return seqsBetween(1, assembly.filteredThroughSeq);
}
