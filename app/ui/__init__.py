"""The Qt window. Talks to the data only through `app.ui.service`."""
