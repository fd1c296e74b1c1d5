#!/bin/bash
# The worker as a continuous WebJob of the worker web app: App Service starts this script on every instance and
# restarts it when it exits. The app settings (Store__Provider, ConnectionStrings__Karmayogi, MicrosoftApp*, Teams__*,
# Exports__*, Worker__*) reach it as environment variables.
cd "$(dirname "$0")"
exec dotnet KarmayogiBot.Worker.dll run
