"""A database on a network drive or in a sync folder is told apart from one on this computer."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store.unsafe_places import parse_mounts, unsafe_place

LINUX = """\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw
40 27 0:45 / /srv/shop\\040share rw,relatime - cifs //nas/shop rw,vers=3.0
41 40 8:2 / /srv/shop\\040share/local rw,relatime - ext4 /dev/sdb1 rw
42 27 0:46 / /home rw,relatime - nfs4 server:/home rw
"""
MACOS = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//owner@nas._smb._tcp.local/Shop on /Volumes/Shop (smbfs, nodev, nosuid, mounted by owner)
"""


@pytest.mark.parametrize(("folder", "mounts", "said"), [
    ("/srv/shop share/Regulars", LINUX, ("network", "SMB", "/srv/shop share")),
    ("/home/owner/.local/share/Regulars", LINUX, ("network", "NFS", "/home")),
    # A local disk mounted inside the share is local again: the longest mount point counts.
    ("/srv/shop share/local/Regulars", LINUX, None),
    ("/var/lib/regulars", LINUX, None),
    ("/Volumes/Shop/Regulars", MACOS, ("network", "SMB", "/Volumes/Shop")),
    ("/Users/owner/Library/Application Support/Regulars", MACOS, None),
])
def test_a_folder_on_a_network_file_system_is_unsafe(folder, mounts, said):
    place = unsafe_place(Path(folder), mounts)
    assert (None if place is None else (place.kind, place.name, str(place.root))) == said


@pytest.mark.parametrize(("inside", "client"), [
    ("Dropbox/Shop", "Dropbox"),
    ("Dropbox (Personal)/Regulars", "Dropbox"),
    ("OneDrive - Corner Shop Ltd/Regulars", "OneDrive"),
    ("Library/CloudStorage/OneDrive-Personal/Regulars", "OneDrive"),
    ("Library/CloudStorage/GoogleDrive-owner@example.com/My Drive/Regulars", "Google Drive"),
    ("Google Drive/Regulars", "Google Drive"),
    ("Library/Mobile Documents/com~apple~CloudDocs/Regulars", "iCloud Drive"),
    ("iCloudDrive/Regulars", "iCloud Drive"),
    ("Nextcloud/Shop/Regulars", "Nextcloud"),
    ("nextcloud/regulars", "Nextcloud"),
])
def test_a_folder_inside_a_sync_folder_is_unsafe_even_before_it_is_made(
        tmp_path, inside, client):
    place = unsafe_place(tmp_path / inside, "")
    assert place is not None and (place.kind, place.name) == ("sync", client)


def test_a_sync_client_is_known_by_the_file_it_keeps_whatever_its_folder_is_called(tmp_path):
    dropbox = tmp_path / "Work files"
    (dropbox / "Regulars").mkdir(parents=True)
    (dropbox / ".dropbox").write_text("{}")
    cloud = tmp_path / "Shop cloud"
    (cloud / "Regulars").mkdir(parents=True)
    (cloud / ".sync_4f2a9c.db").write_bytes(b"")
    assert unsafe_place(dropbox / "Regulars", "").root == dropbox.resolve()
    assert unsafe_place(cloud / "Regulars", "").name == "Nextcloud"
    assert unsafe_place(tmp_path / "Regulars", "") is None


def test_a_folder_that_only_mentions_a_client_is_safe(tmp_path):
    assert unsafe_place(tmp_path / "dropbox-exports" / "Regulars", "") is None
    assert unsafe_place(tmp_path / "Regulars", "") is None


def test_the_mount_table_is_read_with_its_escaped_spaces():
    assert parse_mounts(LINUX)[2] == (Path("/srv/shop share"), "cifs")
    assert parse_mounts(MACOS)[1] == (Path("/Volumes/Shop"), "smbfs")


def test_a_macos_volume_with_a_dash_in_its_name_is_read_as_macos_lists_it():
    line = "//owner@nas/Shop - Till on /Volumes/Shop - Till (smbfs, nodev, nosuid)"
    assert parse_mounts(line) == [(Path("/Volumes/Shop - Till"), "smbfs")]


def test_dropbox_settings_in_the_home_folder_do_not_make_home_a_sync_folder(tmp_path,
                                                                            monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / ".dropbox" / "instance1").mkdir(parents=True)  # the client's settings
    (tmp_path / ".dropbox.cache").mkdir()
    (tmp_path / ".local" / "share" / "Regulars").mkdir(parents=True)
    assert unsafe_place(tmp_path / ".local" / "share" / "Regulars", "") is None
    assert unsafe_place(tmp_path / "Dropbox" / "Shop", "").name == "Dropbox"
