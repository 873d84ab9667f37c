/** A threshold no probability reaches: the label is never reported (too unreliable). */
export const OFF = 1.01;
