# truce-bot: one process, one SQLite file in the /app/state volume.
#   docker build -t truce-bot .
#   docker run -d --name truce-bot --env-file .env -v truce-bot-state:/app/state truce-bot
# Dependencies: the versions pinned in requirements.lock (a pip constraints file; refresh it
# with scripts/lock.sh), not the newest that pyproject.toml's ranges allow on the build day.
# tests/test_docker.py runs this file's own commands (wheel build, the pinned pip install,
# ENTRYPOINT + CMD, HEALTHCHECK) from a fresh venv; `make docker-check` builds it with buildah.
# Keep every instruction's shape simple (exec-form CMD/ENTRYPOINT/HEALTHCHECK, one `pip wheel`
# RUN, one `pip install` with `--constraint` the lock).

# ---- build: the wheel, from the same sources the checkout has ------------------------------
FROM python:3.12.8-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_ROOT_USER_ACTION=ignore
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot/ bot/
RUN pip wheel --no-deps --wheel-dir /dist .

# ---- runtime: the wheel and its pinned dependencies, no build tools ------------------------
FROM python:3.12.8-slim-bookworm
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_ROOT_USER_ACTION=ignore \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1
COPY requirements.lock /tmp/requirements.lock
COPY --from=build /dist/ /tmp/dist/
RUN pip install --constraint /tmp/requirements.lock /tmp/dist/*.whl \
    && rm -rf /tmp/dist /tmp/requirements.lock \
    && groupadd --system --gid 10001 truce \
    && useradd --system --uid 10001 --gid truce --home-dir /app --no-create-home --shell /usr/sbin/nologin truce \
    && mkdir -p /app/state \
    && chown truce:truce /app/state
WORKDIR /app
# The default deployment (config/bot.toml) and the offline demo (config/demo/); mount another
# file over /app/config/bot.toml or point TRUCE_BOT_CONFIG at one to override.
COPY config/ /app/config/
# MPLCONFIGDIR: the chart's font cache (the user's home is not writable).
ENV TRUCE_BOT_CONFIG=/app/config/bot.toml \
    TRUCE_BOT_STATE=/app/state/truce-bot.db \
    MPLCONFIGDIR=/tmp/matplotlib
VOLUME /app/state
USER 10001:10001
# HTTP mode (SLACK_SIGNING_SECRET without SLACK_APP_TOKEN) listens on PORT.
EXPOSE 3000
# Every mode: the scheduler's heartbeat in SQLite is fresh (< 60 s) and the database readable.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["truce-bot", "health"]
# `truce-bot run` finishes the job in hand and exits 0 within 10 s (docker stop's default).
STOPSIGNAL SIGTERM
ENTRYPOINT ["truce-bot"]
CMD ["run"]
