"""A request to be sent something, met by a sentence that hands it over there
and then and names it ("Here is the full breakdown:" before the list): the
sentence the routes credit on topic may be a line of the list ("The total is
£5,026"), which sends nothing itself (replycheck.thread.answered
``_handed_here_on_topic``). A "Here's ..." that names nothing the ask names
does not stand in for the thing."""

from __future__ import annotations


def test_a_list_handed_over_under_its_name_answers_the_request(unanswered):
    question = "Could you send me a full breakdown of the costs for Dad's funeral?"
    reply = (
        "It was a privilege to help with your father's funeral.\n\n"
        "Here is the full breakdown:\n\n"
        "- Our professional services, including care of your father: £2,150\n"
        "- Coffin (Oak veneer, the Cotswold): £795\n"
        "- Hearse and one limousine: £540\n"
        "- Crematorium fee (paid on your behalf): £1,050\n"
        "- Minister's fee: £210\n"
        "- Flowers: £185\n\n"
        "The total is £4,930. You paid a deposit of £1,000, so the balance is £3,930."
    )
    assert unanswered(question, reply) == []


def test_a_here_that_names_something_else_leaves_the_request_open(unanswered):
    question = "Could you send me a copy of my tenancy agreement?"
    reply = "Here's what I can do: I'll look into the rent question today and call you."
    assert unanswered(question, reply) == [question]
