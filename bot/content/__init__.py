"""Content: loading, modelling and validating flows, locales and data."""
