# Shared settings of the project's scripts; source it, don't run it.
# Builds go to a target directory outside the clone, so that fresh clones on one machine reuse
# each other's compiled dependencies. Set CARGO_TARGET_DIR to use another.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/pomoc/target}"
export PATH="$PWD/end2end/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# The Python with aiosmtpd that runs the tests' SMTP server (scripts/mail/sink.py).
export POMOC_MAIL_SINK_PYTHON="${POMOC_MAIL_SINK_PYTHON:-$HOME/.cache/pomoc/mail-sink/bin/python}"
