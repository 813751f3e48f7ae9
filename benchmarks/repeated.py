"""Time one check of a text repeated many times: a long draft full of matches.

The benchmark's 1 MB draft is ordinary replies joined, so a check that does
per-match work over the whole draft (quadratic time) does not show there.
This repeats texts dense in matches 200 and 800 times and prints each time
and the ratio (linear: about 4x)::

    python benchmarks/repeated.py            # the built-in texts
    python benchmarks/repeated.py "text"     # your own (\\n escapes read)

The first check of each text is a warm-up on five copies.
"""

from __future__ import annotations

import sys
import time

from replycheck import Checker

TEXTS = {
    "terms signed": (
        "Hi Sam,\n\nYour membership has a one-month notice period, which is in the agreement "
        "you signed when you joined. Normally that would mean one more payment. As I said, "
        "the terms you signed are clear. "
    ),
    "bag and appointment": (
        "Your fare does not include a hold bag. You can add a 23kg bag through Manage Booking "
        "for £35. Your eye examination is booked for Wednesday. Don't miss it: your pressure "
        "was high.\n\n"
    ),
    # one long paragraph of short orders among sentences that explain (RC121)
    "short orders": (
        "Emails to the office get missed. Use the portal. Your IT team controls your login. "
        "Speak to them. "
    ),
    # a quote of a long thread: reply and header blocks nested below the
    # customer's words (the message reader's thread-history pass)
    "nested thread": (
        "> Where is my parcel?\n>\n> > On Mon, 3 Mar 2025 at 10:15, Ann <a@b.com> wrote:\n"
        "> > Can you check order 12?\n> >\n> From: Support <s@x.com>\n> Sent: Monday\n"
        "> To: Ann\n> Subject: Re: order 12\n>\n> > It is on its way.\n>\n"
    ),
    # one long paragraph of bare orders with a deadline (RC168's test for a
    # run of steps reads the paragraph's sentences)
    "curt orders": (
        "Send the receipt today. Sort the bins before Friday. If nobody is home, there is a "
        "call-out charge. "
    ),
    # a draft doing another act than the one asked, again and again, below
    # the customer's quoted asks (RC201's rival acts, set aside per ask)
    "rival acts": (
        "Hi Jade, we've kept your deposit as a credit on your account. I'll pass it to our "
        "events manager. About your refund, it's handled by accounts.\n\n> Can you refund the "
        "deposit? Please cancel my membership. Can we bring our own caterer?\n"
    ),
    "sale and yours": (
        "Hi Sam, permits for next year go on sale on 1 February. Yours renews automatically. "
        "Our summer sale starts Friday with 20% off all boots!\n\n"
    ),
}
COPIES = (200, 800)


def main(argv: list[str]) -> None:
    texts = {"yours": argv[0].encode().decode("unicode_escape")} if argv else TEXTS
    checker = Checker()
    for name, unit in texts.items():
        checker.check(unit * 5)
        times = []
        for copies in COPIES:
            text = unit * copies
            start = time.perf_counter()
            report = checker.check(text)
            times.append(time.perf_counter() - start)
            print(
                f"{name}: {copies} copies, {len(text):,} chars, {times[-1]:.2f} s, "
                f"{len(report.findings)} findings"
            )
        print(
            f"{name}: {COPIES[1] // COPIES[0]}x the text took {times[1] / times[0]:.1f}x the time"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
