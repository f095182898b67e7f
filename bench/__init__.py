"""newsclean benchmarks (quality harness, metrics, track renderings)."""
