"""Quick exercise for the toolkit card "A situation is escalating"."""

from textbook.kit import Choice, Scenario, Step

EXERCISES = [
    Scenario(
        id="escalating-situation-quick",
        title="Malik is upset about a cancelled trip",
        objectives=["trauma-informed", "dignity-self-determination"],
        prompt="Work through a tense moment at a day program, one choice at a time.",
        start="pacing",
        steps=[
            Step(
                id="pacing",
                text=(
                    "Malik has just learned that today's trip to the hardware store is cancelled. He "
                    "is pacing by the door, shouting, and he has pushed a chair over. Two other people "
                    "are watching from the craft table. No one has been hurt. What do you do first?"
                ),
                choices=[
                    Choice(
                        text="Stand close beside him and calmly explain why the trip had to be cancelled",
                        next="crowded",
                        consequence="Malik keeps pacing and talks over you. He moves away from you, toward the door.",
                    ),
                    Choice(
                        text="Have a co-worker take the others out, stand to one side and speak slowly",
                        next="space",
                        consequence=(
                            "Your co-worker invites the others to the art room. You stand to the side, "
                            "where Malik can see you. The room gets quieter. Malik keeps pacing, but he "
                            "looks at you when you say his name."
                        ),
                    ),
                    Choice(
                        text="Tell him calmly that if the chair stays on the floor, next week's trip may be off too",
                        next="threatened",
                        consequence="Malik kicks the chair across the room.",
                    ),
                ],
            ),
            Step(
                id="space",
                text='Malik stops by the window. "They always cancel. Always," he says. What do you say?',
                choices=[
                    Choice(
                        text='"You wanted to go. Want the quiet room, a walk or a new date?"',
                        next="choices",
                        consequence="Malik lets out a long breath and says he wants to see the calendar.",
                    ),
                    Choice(
                        text="\"Don't worry, it's not a big deal. We'll go next week for sure, I promise.\"",
                        next="space",
                        consequence=(
                            'Malik stops pacing and looks at you. "You said that last time." He turns '
                            "back to the window. You do not know whether the trip can go next week, and "
                            "he can tell."
                        ),
                    ),
                    Choice(
                        text='"Rules are rules. Pick up the chair and go back to the craft table."',
                        next="ordered",
                        consequence="Malik turns back to the door and starts pacing again.",
                    ),
                ],
            ),
            Step(
                id="choices",
                text="Malik sits down with you and the calendar, and you find a new date for the trip.",
                debrief=(
                    "This is trauma-informed practice in a hard moment: you made the room safer, gave "
                    "Malik space and respected his voice and choice. Afterward, tell your supervisor, "
                    "write what happened in plain facts as your agency requires and debrief. If anyone "
                    "had been in danger, your agency's crisis procedure and a call for help would have "
                    "come first."
                ),
                best=True,
            ),
            Step(
                id="crowded",
                text="Malik is still shouting at the door, and the others at the craft table look frightened.",
                debrief=(
                    "You meant to help him understand, and a calm voice was right. But standing close "
                    "can feel like a threat to a person who is already upset, especially a person with a "
                    "history of trauma, and an upset person cannot take in many words or reasons. The "
                    "others were also still in the room. Make space first: move the others out, stand "
                    "to one side, speak slowly and say little. The reasons for the cancellation can "
                    "wait until he is calm, and get help if anyone may be in danger."
                ),
            ),
            Step(
                id="threatened",
                text="The chair hits the wall. Malik is angrier, and the room feels less safe for everyone.",
                debrief=(
                    "A threat takes away one more thing Malik cares about, and it treats him as a "
                    "problem to control instead of an adult with something to say. Now that the room is "
                    "less safe, follow your agency's crisis procedure and get help. Next time, give space, "
                    "listen and offer real choices."
                ),
            ),
            Step(
                id="ordered",
                text="Malik goes back to pacing by the door, still upset, with nothing to say yes to.",
                debrief=(
                    "An order gives Malik no say at all. Dignity and self-determination still apply in a "
                    "tense moment: ask what happened and what would help, and offer choices you can "
                    "deliver."
                ),
            ),
        ],
    ),
]
