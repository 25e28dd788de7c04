"""Quick exercise for the toolkit card "A person you support sends you a friend request"."""

from textbook.kit import MultipleSelect, Option

EXERCISES = [
    MultipleSelect(
        id="friend-request-quick",
        title="Tanvir sends a friend request on Sunday",
        objectives=["everyday-boundaries", "confidentiality-limits"],
        prompt=(
            "On Sunday night, Tanvir, 26, whom you support at a job skills program, sends a friend "
            'request to your personal account: "Saw you at the mall today! Add me?" Which of '
            "these should you do? Select all that apply."
        ),
        options=[
            Option(
                text="Leave the request alone tonight and check your agency's social media policy",
                correct=True,
                feedback=(
                    "Yes. Nothing here is urgent, so there is time to check the policy. Answering "
                    "at work keeps the conversation inside your role."
                ),
            ),
            Option(
                text="Accept it, but change your settings to hide your posts and your friends list from him",
                feedback=(
                    "No. You would still be connected outside your role, and mutual friends could "
                    "see the link and guess that he gets support from your program. That is his "
                    "information to share, not yours."
                ),
            ),
            Option(
                text="Next time, tell him kindly and privately that you don't add people from work",
                correct=True,
                feedback=(
                    "Yes. A short, warm word in person, with a thank-you for thinking of you, shows "
                    "him the answer is about your role, "
                    "not about him, and saying it in private protects his dignity."
                ),
            ),
            Option(
                text="Look through his profile first, and then decide what to do",
                feedback=(
                    "No. Searching a person you support out of curiosity is not part of your role. "
                    "If you have a real concern about him, raise it with your supervisor instead."
                ),
            ),
            Option(
                text="Ignore the request, and don't bring it up with him",
                feedback=(
                    "Not the best choice. Silence leaves Tanvir guessing, and he may feel rejected "
                    "without knowing why. A kind word in person is better for him."
                ),
            ),
            Option(
                text="Ask your supervisor to tell Tanvir for you that staff don't add people from work",
                feedback=(
                    "Not quite. Your supervisor should know, but the answer is yours to give. Hearing "
                    "it second-hand can feel like being reported, and a short, warm word from you "
                    "keeps the relationship steady."
                ),
            ),
            Option(
                text="Mention to a co-worker over lunch that Tanvir found you online",
                feedback=(
                    "No. Passing it on casually shares something about Tanvir that is not yours to "
                    "share, and confidentiality covers talk between staff too. Bring it to your "
                    "supervisor, who has a reason to know."
                ),
            ),
            Option(
                text="Tell your supervisor about the request and what it might say about his needs",
                correct=True,
                feedback=(
                    "Yes. The request may be a sign that Tanvir wants more connection. Your "
                    "supervisor can help you plan a response that meets that need inside the "
                    "service."
                ),
            ),
        ],
    ),
]
