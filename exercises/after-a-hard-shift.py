"""Quick exercise for the toolkit card "After a hard shift"."""

from textbook.kit import MultipleSelect, Option

EXERCISES = [
    MultipleSelect(
        id="after-a-hard-shift-quick",
        title="Plan the hours after a hard shift",
        objectives=["wellness-plan", "warning-signs"],
        prompt=(
            "Your shift at a shelter ends at 10:30 p.m. Tonight a woman told you, in detail, about "
            "violence she lived through, and you followed the shelter's steps. Which of these belong "
            "in the next few hours? Select all that apply."
        ),
        options=[
            Option(
                text="Finish your notes, and make sure the on-call supervisor knows what happened before you leave",
                correct=True,
                feedback=(
                    "Yes. A proper handover means your supervisor and the next shift know what they "
                    "need to, so you can leave the work at work. Anything that affects someone's "
                    "safety comes first, under your agency's policy and the law of your province or territory."
                ),
            ),
            Option(
                text="Spend a few minutes debriefing with the on-call supervisor or a co-worker you trust",
                correct=True,
                feedback=(
                    "Yes. A short debrief, ideally before you go home, is part of the plan in "
                    "Chapter 7. Supervision is there to support you through the stress of the work, "
                    "not only to check it."
                ),
            ),
            Option(
                text="Tell your roommate the whole story when you get home",
                feedback=(
                    "Not this one. Confidentiality still applies off shift, even without names. You "
                    'can share how *you* feel, such as "Tonight was hard, and I need a quiet '
                    'evening," without sharing her story.'
                ),
            ),
            Option(
                text="Lie in bed and go over each detail until you work out what you should have done",
                feedback=(
                    "Not tonight. Replaying a moment again and again drains you and teaches little. "
                    "Rest first, then work through the six questions of a reflective cycle in a day "
                    "or two, with your supervisor if the experience was frightening."
                ),
            ),
            Option(
                text='Do one thing from the "keeps me well" list in your plan, such as a walk',
                correct=True,
                feedback=(
                    "Yes. A small step that refills you is what your wellness plan is for. Because "
                    "you wrote it on a calm day, you do not have to work out what helps when you are "
                    "tired and shaken."
                ),
            ),
            Option(
                text="Tell yourself you need to toughen up before your next shift",
                feedback=(
                    "Not quite. Feeling shaken after hearing about violence is a common reaction in "
                    "caring work, not a weakness to push down. Pushing through lets strain grow "
                    "unnoticed. If the feelings last or grow, that is a sign to get support, not "
                    "proof that you are in the wrong job."
                ),
            ),
            Option(
                text="Plan to work through the reflective cycle in a day or two, once you have slept",
                correct=True,
                feedback=(
                    "Yes. Reflection has a purpose and an end point, and it works better after sleep "
                    "than at midnight. Bring what you learn to supervision, especially if the "
                    "experience was frightening."
                ),
            ),
        ],
    ),
]
