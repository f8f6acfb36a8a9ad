"""Understanding typed text: normalisation, a model learnt from examples, danger first."""
