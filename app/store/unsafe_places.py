"""Folders where one SQLite file loses data: network file systems and sync folders.

SQLite keeps a file whole by locking it and by writing its write-ahead log beside it. Over a
network file system (NFS, SMB, SSHFS…) those locks are not kept reliably, and two computers
writing one file through it damage it. A sync client (Dropbox, OneDrive, Google Drive, iCloud
Drive, Nextcloud) copies the file while it is being written, uploads the database without its
log, and on a second computer writes an older copy over the newer one. Saved notes are lost
either way, which is why the window says so and offers to move the customer book.

A network file system is told by the kernel's table of mounts (Linux `/proc/self/mountinfo`,
the `mount` command's list on macOS) or, on Windows, by the drive's type. A sync folder is told
by its name anywhere on the path, or by the file its client keeps in its top folder.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# The kernel's names of file systems that reach another computer, and what a person calls them.
NETWORK_FILE_SYSTEMS = {
    "nfs": "NFS", "nfs4": "NFS", "cifs": "SMB", "smb3": "SMB", "smbfs": "SMB",
    "fuse.sshfs": "SSHFS", "sshfs": "SSHFS", "afs": "AFS", "9p": "9P", "ceph": "CephFS",
    "glusterfs": "GlusterFS", "fuse.glusterfs": "GlusterFS", "davfs": "WebDAV",
    "fuse.davfs": "WebDAV", "webdav": "WebDAV", "fuse.rclone": "rclone", "lustre": "Lustre",
    "gpfs": "GPFS", "beegfs": "BeeGFS", "fuse.s3fs": "S3", "fuse.gvfsd-fuse": "GVfs",
    "afpfs": "AFP", "fuse.afpfs": "AFP", "ncpfs": "NetWare",
}

# A folder of one of these names (case ignored) is a sync client's: the name, what it is called.
SYNC_FOLDER_NAMES = {
    "dropbox": "Dropbox", "onedrive": "OneDrive", "google drive": "Google Drive",
    "googledrive": "Google Drive", "my drive": "Google Drive", "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive", "mobile documents": "iCloud Drive",
    "com~apple~clouddocs": "iCloud Drive", "nextcloud": "Nextcloud",
}
# The clients' other names for their folders: "Dropbox (Personal)", "OneDrive - Shop Ltd",
# macOS's CloudStorage folders "OneDrive-Personal", "GoogleDrive-owner@example.com".
SYNC_FOLDER_PREFIXES = (("dropbox (", "Dropbox"), ("onedrive - ", "OneDrive"),
                        ("onedrive-", "OneDrive"), ("googledrive-", "Google Drive"))
# What a client keeps in the top of its folder, whatever the folder is called.
# (A file: the client's own settings folder in the home folder is also called ".dropbox".)
SYNC_MARKERS = ((".dropbox", "Dropbox"),)
# Nextcloud's (and ownCloud's) journal of the folder: `.sync_<hex>.db` or `._sync_<hex>.db`.
SYNC_JOURNAL_STARTS = (".sync_", "._sync_")

# Windows' GetDriveTypeW answer for a network drive.
_DRIVE_REMOTE = 4


@dataclass(frozen=True)
class UnsafePlace:
    """Why a folder is no place for the database: over the `network` or in a `sync` folder."""

    kind: str  # "network" or "sync"
    name: str  # what a person calls it: "NFS", "Dropbox"
    root: Path  # the mount point or the sync client's folder


def unsafe_place(folder: Path, mounts: str | None = None) -> UnsafePlace | None:
    """Why `folder` (which need not exist yet) would lose data, or None when it is safe.

    `mounts` is the mount table to read (the system's when None), in Linux's mountinfo form
    or, on macOS, as the `mount` command lists it.
    """
    folder = _resolved(Path(folder).expanduser().absolute())
    return _sync_folder(folder) or _network(folder, mounts)


def _resolved(folder: Path) -> Path:
    """The folder with the part of it that is there resolved (links followed), the folders
    still to be made kept as they are named."""
    missing: list[str] = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder.name)
        folder = folder.parent
    return folder.resolve().joinpath(*reversed(missing))


def _sync_folder(folder: Path) -> UnsafePlace | None:
    for place in (folder, *folder.parents):
        named = _sync_name(place.name)
        if named is None and place.is_dir():
            named = _sync_marker(place)
        if named is not None:
            return UnsafePlace("sync", named, place)
    return None


def _sync_name(name: str) -> str | None:
    lowered = name.casefold()
    if lowered in SYNC_FOLDER_NAMES:
        return SYNC_FOLDER_NAMES[lowered]
    for start, client in SYNC_FOLDER_PREFIXES:
        if lowered.startswith(start):
            return client
    return None


def _sync_marker(folder: Path) -> str | None:
    if folder == Path.home() or folder == folder.parent:
        return None  # Dropbox keeps its settings in ~/.dropbox, a folder: home is not synced
    for marker, client in SYNC_MARKERS:
        if (folder / marker).is_file():
            return client
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith(SYNC_JOURNAL_STARTS) and entry.name.endswith(".db"):
                    return "Nextcloud"
    except OSError:
        pass  # a folder above that cannot be listed holds no client's file we can see
    return None


def _network(folder: Path, mounts: str | None) -> UnsafePlace | None:
    if mounts is None and sys.platform == "win32":
        return _windows_network_drive(folder)
    if mounts is None:
        mounts = _system_mounts()
    table = parse_mounts(mounts)
    best: tuple[Path, str] | None = None
    for point, kind in table:
        if (folder == point or point in folder.parents) and (
                best is None or len(point.parts) >= len(best[0].parts)):
            best = (point, kind)
    if best is None:
        return None
    point, kind = best
    name = NETWORK_FILE_SYSTEMS.get(kind.lower())
    return None if name is None else UnsafePlace("network", name, point)


# A mountinfo line starts with its mount's number, its parent's and the device's numbers.
_MOUNTINFO_LINE = re.compile(r"\d+ \d+ \d+:\d+ ")


def parse_mounts(text: str) -> list[tuple[Path, str]]:
    """(mount point, file system type) of each line of a mount table: Linux's mountinfo
    ("36 35 98:0 / /mnt rw - nfs4 server:/ rw") or macOS's `mount` list
    ("//u@server/share on /Volumes/share (smbfs, nodev)")."""
    found: list[tuple[Path, str]] = []
    for line in text.splitlines():
        if _MOUNTINFO_LINE.match(line):  # a macOS volume may have " - " in its name
            before, _, after = line.partition(" - ")
            fields = before.split()
            kind = after.split()
            if len(fields) >= 5 and kind:
                found.append((Path(_unescape(fields[4])), kind[0]))
        elif " on " in line and line.rstrip().endswith(")"):
            _, _, rest = line.partition(" on ")
            point, _, options = rest.rpartition(" (")
            found.append((Path(point), options.split(",")[0].strip(" )")))
    return found


def _unescape(field: str) -> str:
    """mountinfo writes a space, tab, newline and backslash in a path as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _system_mounts() -> str:
    try:
        return Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        pass
    if sys.platform != "darwin":
        return ""
    try:
        return subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5,
                              check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def _windows_network_drive(folder: Path) -> UnsafePlace | None:
    anchor = folder.anchor
    if anchor.startswith("\\\\"):  # \\server\share\…
        return UnsafePlace("network", "SMB", Path(anchor))
    import ctypes

    kind = ctypes.windll.kernel32.GetDriveTypeW(anchor)  # type: ignore[attr-defined]
    return UnsafePlace("network", "SMB", Path(anchor)) if kind == _DRIVE_REMOTE else None
