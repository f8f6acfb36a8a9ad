#!/bin/sh
# Install Wegwijs from the lock file into the Python environment at $1 (the Dockerfile uses
# /usr/local; CI uses a fresh virtual environment), then check that it starts: the content
# validates and `python -m bot health` answers.
set -eu
prefix="${1:?usage: deploy/install.sh PREFIX}"
"$prefix/bin/python" -m pip install --no-deps --require-hashes -r requirements.lock
"$prefix/bin/python" -m pip install --no-deps .
"$prefix/bin/python" -m bot validate
