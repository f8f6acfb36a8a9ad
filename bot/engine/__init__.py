"""The pure conversation engine: (state, event) -> (state, screens). No I/O."""
