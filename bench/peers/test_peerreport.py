# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""peerreport's derived figures (CTest bench_report): python3 -m unittest in bench/peers."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peerreport  # noqa: E402


def run(peer, users, before, ready, ok=True):
    return {"peer": peer, "users": users, "ok": ok, "rss_before_kb": before, "rss_ready_kb": ready}


class AddedUserTests(unittest.TestCase):
    def test_what_a_process_takes_once_cancels_out(self):
        # 8 MB taken once by the first users, then 60 KB per user; the web model 250 KB per user
        summaries = [run("console", n, 20_000, 20_000 + 8_000 + 60 * n) for n in (20, 100, 200)]
        summaries += [run("web", n, 50_000, 50_000 + 250 * n) for n in (20, 100)]
        added = peerreport.added_user_kb(summaries)
        self.assertEqual(added, {("console", 20, 100): 60.0, ("console", 100, 200): 60.0,
                                 ("web", 20, 100): 250.0})

    def test_each_run_against_its_own_start(self):
        # the same users' cost, the second process started 30 MB heavier
        added = peerreport.added_user_kb([run("artillery", 20, 260_000, 262_000),
                                          run("artillery", 100, 290_000, 300_000)])
        self.assertEqual(added, {("artillery", 20, 100): 100.0})

    def test_failed_or_unmeasured_runs_are_left_out(self):
        summaries = [run("console", 20, 20_000, 21_000), run("console", 100, 20_000, 30_000, ok=False),
                     run("console", 200, None, 40_000), run("console", 400, 20_000, 41_000)]
        self.assertEqual(peerreport.added_user_kb(summaries), {("console", 20, 400): 20000 / 380.0})

    def test_negative_when_one_off_costs_differ_more(self):
        added = peerreport.added_user_kb([run("artillery", 100, 100, 30_100), run("artillery", 200, 100, 21_500)])
        self.assertLess(added[("artillery", 100, 200)], 0)


if __name__ == "__main__":
    unittest.main()
