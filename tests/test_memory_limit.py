"""The caches size themselves to the memory limit of the server's cgroup (kizuna.memory)."""

from kizuna import memory


def cgroup(tmp_path, lines, files):
    tmp_path.mkdir(parents=True, exist_ok=True)
    proc = tmp_path / "cgroup"
    proc.write_text("\n".join(lines) + "\n")
    root = tmp_path / "sys"
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text)
    return proc, root


def test_a_v1_limit_is_the_tightest_of_the_cgroup_and_its_parents(tmp_path):
    proc, root = cgroup(
        tmp_path,
        ["9:name=systemd:/", "4:memory:/pods/kizuna", "0::/"],
        {
            "memory/pods/kizuna/memory.limit_in_bytes": "9223372036854771712",  # none
            "memory/pods/memory.limit_in_bytes": str(2 * 2**30),
            "memory/memory.limit_in_bytes": "9223372036854771712",
        },
    )
    assert memory.limit_bytes(proc, root) == 2 * 2**30


def test_a_v2_limit_and_max_meaning_none(tmp_path):
    proc, root = cgroup(
        tmp_path,
        ["0::/system.slice/kizuna.service"],
        {
            "system.slice/kizuna.service/memory.max": str(3 * 2**30),
            "system.slice/memory.max": "max",
        },
    )
    assert memory.limit_bytes(proc, root) == 3 * 2**30
    proc, root = cgroup(tmp_path / "none", ["0::/a"], {"a/memory.max": "max"})
    assert memory.limit_bytes(proc, root) is None


def test_no_cgroup_to_read_means_no_limit(tmp_path):
    assert memory.limit_bytes(tmp_path / "missing", tmp_path) is None
    proc, root = cgroup(tmp_path, ["4:memory:/x"], {})
    assert memory.limit_bytes(proc, root) is None


def test_a_budget_is_its_default_or_its_share_of_the_limit_or_what_is_set(monkeypatch):
    mb = 2**20
    monkeypatch.delenv("KIZUNA_TEST_MB", raising=False)
    assert memory.budget("KIZUNA_TEST_MB", 512, 8, None) == 512 * mb
    assert memory.budget("KIZUNA_TEST_MB", 512, 8, 2048 * mb) == 256 * mb
    assert memory.budget("KIZUNA_TEST_MB", 512, 8, 24 * 1024 * mb) == 512 * mb
    monkeypatch.setenv("KIZUNA_TEST_MB", "100")
    assert memory.budget("KIZUNA_TEST_MB", 512, 8, 2048 * mb) == 100 * mb
