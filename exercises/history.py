"""Exercises for Chapter 2, History of the field."""

from textbook.kit import (
    Choice,
    Matching,
    MultipleSelect,
    Option,
    Pair,
    Reflection,
    Scenario,
    SingleChoice,
    Step,
)

EXERCISES = [
    SingleChoice(
        id="history-margaret-tea",
        title="Margaret asks for a cup of tea",
        objectives=["history-in-practice"],
        prompt=(
            'In the opening case, Margaret asks Gurpreet, "May I have a cup of tea?" in her own '
            "kitchen. Over the coming weeks, what is the most helpful way for Gurpreet to respond?"
        ),
        options=[
            Option(
                text="Each time, say yes simply and step back so she can make it herself",
                correct=True,
                feedback=(
                    "Yes. Margaret's habit probably helped her get through years in a place where "
                    "others controlled food and drink. It will not disappear because someone tells "
                    "her once, so do not push her to stop asking. A plain yes, and a worker who "
                    "moves away from the counter, leave the kettle and the decision to her. "
                    "Patient, repeated room to choose, at her own pace, helps her take back "
                    "control of her own home."
                ),
            ),
            Option(
                text="Make Margaret's tea each morning before she has a chance to ask for it",
                feedback=(
                    "Kind, but it keeps the control with the worker. It removes the question, and it "
                    "also removes Margaret's chance to decide for herself in her own home. Offer "
                    "choices instead of taking over."
                ),
            ),
            Option(
                text="Tell her kindly but firmly that adults do not need to ask permission for tea",
                feedback=(
                    "The message is right, but the method repeats the problem: a staff member telling "
                    "Margaret what she must do. Habits built over many years change through trust "
                    "and new experiences, not through orders."
                ),
            ),
            Option(
                text="Note in her file that she is institutionalized and asks before she eats or drinks",
                feedback=(
                    "Not helpful. A label like this makes Margaret sound like the problem, and it can "
                    "follow her for years. A factual note about what you saw and what helped is far "
                    "more useful to the next worker."
                ),
            ),
        ],
    ),
    MultipleSelect(
        id="history-institution-harms",
        title="Name the harms of large institutions",
        objectives=["institutions-and-harm"],
        prompt=(
            "Which of these statements describe the harms of large institutions, as this chapter "
            "explains them? Select all that apply."
        ),
        options=[
            Option(
                text="Children and adults were cut off from their families and home communities",
                correct=True,
                feedback=(
                    "Yes. Separation was one of the main harms. Ontario's 2013 apology to former "
                    "Huronia residents named it directly."
                ),
            ),
            Option(
                text="Daily life ran on the institution's schedule, leaving residents little control over their own days",
                correct=True,
                feedback=(
                    "Yes. When one set of rules covers hundreds of people, there is little room for "
                    "choice. Some people, like Margaret, carried the habits of that loss of control "
                    "for many years after they left."
                ),
            ),
            Option(
                text="A review of Woodlands found that abuse was systemic, built into the way the place was run",
                correct=True,
                feedback=(
                    "Yes. Dulcie McCallum's review found evidence of physical, emotional and sexual "
                    "abuse, and found that the way Woodlands was run helped it to happen."
                ),
            ),
            Option(
                text="People lost the chance of an ordinary education, a job, friendships and family life",
                correct=True,
                feedback=(
                    "Yes. Lost potential is one of the quietest harms, and one of the longest "
                    "lasting. The 2013 apology named it too."
                ),
            ),
            Option(
                text="The harm came from a few cruel staff members; the way institutions were designed was sound",
                feedback=(
                    "No. Some staff did cause terrible harm, but the harm was built into the system: "
                    "isolation, few outside visitors and almost all the power held by staff. Good "
                    "people can work inside a harmful system without seeing it."
                ),
            ),
            Option(
                text="Most of the harm began with families and doctors who simply wanted disabled children out of the way",
                feedback=(
                    "No. Doctors advised parents to send their children away, and many of the "
                    "people involved believed they were helping. That is the harder lesson: harm "
                    "does not need bad intentions. It can grow from good intentions, low "
                    "expectations and a system no one outside can see."
                ),
            ),
            Option(
                text="The main harm was crowded old buildings, which smaller, newer institutions fixed",
                feedback=(
                    "No. Crowding was real, but the harms came from how institutions worked: "
                    "separation, one set of rules for everyone, staff holding all the power and "
                    "life out of sight. A smaller or newer building can keep every one of them."
                ),
            ),
        ],
    ),
    Matching(
        id="history-canadian-cases",
        title="Match Canadian cases to the harms they show",
        objectives=["institutions-and-harm"],
        prompt="Match each moment from the Canadian cases to the harm it shows most clearly.",
        pairs=[
            Pair(
                left="Patricia Seth, aged six, crying in a corner of the playroom after her mother left",
                right="Children were separated from their families, often on a doctor's advice",
            ),
            Pair(
                left="Dulcie McCallum's review of Woodlands records",
                right="Abuse was part of how the place was run, not the work of a few staff",
            ),
            Pair(
                left="Huronia in 1968, with about 2,600 residents",
                right="So many people under one roof that one timetable ran everyone's day",
            ),
            Pair(
                left="Premier Kathleen Wynne's statement in the legislature in December 2013",
                right="The province admitted that people had lost the chance to reach their potential",
            ),
            Pair(
                left="Almost 400 Huronia claims moved to the lowest payment without telling the people involved",
                right="Redress came late and fell short, above all for those who could not speak up",
            ),
        ],
        extras=[
            "The harms ended for former residents when the last institution closed in 2009",
            "Staff set out to hurt the people in their care",
        ],
        rationale=(
            "Patricia Seth's first day shows separation: doctors told families to send children "
            "away, and a six-year-old learned her family was not staying. McCallum's review found "
            "that abuse at Woodlands was systemic, built into the way it was run. Huronia's size "
            "at its peak shows the loss of control that comes when one set of rules covers "
            "thousands of people. In the 2013 apology, Ontario named neglect, abuse, separation "
            "and lost potential. And the 400 claims moved down without notice show that justice "
            "came only in part, especially for survivors who could not speak for themselves. Two "
            "statements match nothing: the harms did not end with the closings (Margaret still "
            "asks for her tea), and the chapter's harder lesson is that harm grew from a system "
            "and from good intentions, not from staff who set out to hurt people."
        ),
    ),
    SingleChoice(
        id="history-srv-roles",
        title="Plan a soccer activity with Dev",
        objectives=["normalization-srv"],
        prompt=(
            "Dev, 34, has an intellectual disability and loves soccer. His day program wants to plan "
            "a weekly soccer activity with him. Which plan best reflects social role valorization?"
        ),
        options=[
            Option(
                text="Dev joins an adult league near home; a worker helps with the form and the bus",
                correct=True,
                feedback=(
                    "Yes. Dev holds a role his community values, as a teammate, in an ordinary "
                    "place. Others see him as a player, which improves his social image, and he "
                    "builds skills along the way. The worker helps with the form and the bus "
                    "route, then steps back during games: support without standing in the middle."
                ),
            ),
            Option(
                text="Dev joins a weekly team for adults with disabilities that plays at the program's field",
                feedback=(
                    "Close: Dev gets a real role, as a player on a team. But the team is made up "
                    "of the program's clients, on the program's field, so the people who see him "
                    "play see a client, not a neighbour. SRV asks for valued roles in ordinary "
                    "community places, where others see him as one of them."
                ),
            ),
            Option(
                text="The program books a field at the public park for its members on Tuesday afternoons",
                feedback=(
                    "A step out of the building, into a community place. But Dev is still there as "
                    "one of the program's group, playing with other clients and staff. SRV asks "
                    "what role he holds and how others see him: a teammate in a league, not a "
                    "member of a program outing."
                ),
            ),
            Option(
                text="A worker kicks a ball around with Dev at the neighbourhood park each week",
                feedback=(
                    "Kind, and in an ordinary place, but Dev's only teammate is paid to be there. "
                    "He gains no role his community values and meets no one new. SRV asks for "
                    "roles, such as teammate, that connect him with other players."
                ),
            ),
        ],
    ),
    Scenario(
        id="history-group-home-scenario",
        title="Walter wants to finish the hockey game",
        objectives=["community-living", "normalization-srv", "history-in-practice"],
        prompt=(
            "You are a new support worker in a group home in Kingston, Ontario, where four men live. "
            "One of them, Walter, is 66. He lived in a large institution for many years as a young "
            "man. Make each choice as you would on the job, and see where it leads."
        ),
        start="evening",
        steps=[
            Step(
                id="evening",
                text=(
                    "It is 7:45 p.m. Walter is watching a hockey game, and the third period has just "
                    "started. The shift lead, Ron, calls from the office: \"Pyjamas by eight. That's "
                    'the routine in this house." Walter looks at you. "Can I finish the game?" '
                    "What do you do?"
                ),
                choices=[
                    Choice(
                        text="Tell Walter kindly that rules are rules, and turn off the TV",
                        next="upset",
                        consequence=(
                            "Walter gets up without a word and goes to his room. Ron nods from the "
                            "office door. The house is quiet by eight."
                        ),
                    ),
                    Choice(
                        text="Ask Ron if Walter can finish the game, and check Walter's plan about bedtime",
                        next="check-plan",
                        consequence=(
                            'Ron shrugs and says, "Suit yourself." Walter settles back on the '
                            "couch. You open Walter's plan in the office."
                        ),
                    ),
                    Choice(
                        text=(
                            "Let Walter finish the game, keep it to yourself, and plan to ignore the "
                            "bedtime rule on your shifts"
                        ),
                        next="quiet",
                        consequence=(
                            "Walter watches the rest of the game. Ron is busy with paperwork and "
                            "does not notice. You decide this will be your quiet way of doing things."
                        ),
                    ),
                ],
            ),
            Step(
                id="check-plan",
                text=(
                    "Walter's plan says nothing about bedtime. It does say that he loves hockey, and "
                    'that one of his goals is "to make my own choices." Ron leans on the door frame. '
                    '"We\'ve always done it this way. It keeps the night shift easy." What do you do?'
                ),
                choices=[
                    Choice(
                        text="Let it go: Ron knows the house, and the night shift needs the routine",
                        next="routine-wins",
                        consequence=(
                            "You tell Ron he is probably right. Next week, on hockey night, the TV "
                            "goes off at eight again."
                        ),
                    ),
                    Choice(
                        text="Ask to raise bedtimes with the supervisor and the team, and invite Walter to come",
                        next="team-meeting",
                        consequence=(
                            "You tell Ron you see his point about the night shift. He agrees, a little "
                            "reluctantly. The supervisor puts bedtimes on the agenda of the next team "
                            "meeting. Walter says yes, he would like to come."
                        ),
                    ),
                    Choice(
                        text="Write in the log that Walter would like a later bedtime, for the supervisor to see",
                        next="in-the-log",
                        consequence=(
                            "You write a clear, factual note and go back to the living room. Walter "
                            "watches the last few minutes of the game."
                        ),
                    ),
                ],
            ),
            Step(
                id="team-meeting",
                text=(
                    "At the meeting, the supervisor asks Walter what he thinks. Walter says that in "
                    '"the old place," the lights went out at eight every night, and he hated it. '
                    "The night worker worries about having everyone up late. What do you suggest?"
                ),
                choices=[
                    Choice(
                        text="Suggest that each man chooses his own bedtime, written into his plan",
                        next="new-routine",
                        consequence=(
                            "The supervisor asks each man what he would like. The night worker "
                            "suggests a quiet check-in at eleven instead of a lights-out rule. The team "
                            "agrees to try it for a month."
                        ),
                    ),
                    Choice(
                        text="Suggest Walter stay up late on hockey nights, as an exception",
                        next="exception",
                        consequence=(
                            'The team agrees. A note goes on the board: "Walter: hockey nights only." '
                            "Everyone else still has pyjamas by eight."
                        ),
                    ),
                    Choice(
                        text="Suggest moving the bedtime from eight to ten for the whole house",
                        next="later-rule",
                        consequence=(
                            "The night worker likes the idea, and the team agrees. A new sign goes "
                            'up by the office: "Pyjamas by ten."'
                        ),
                    ),
                ],
            ),
            Step(
                id="new-routine",
                text=(
                    "A month later, bedtimes in the house vary. One man goes to bed at nine, another "
                    "at midnight on weekends. On hockey nights, Walter watches to the final buzzer. "
                    'At the review, he says, "This is my house now."'
                ),
                best=True,
                debrief=(
                    "This is the practice the chapter teaches. A rule that suited the staff had "
                    "quietly copied the institution Walter once lived in. You noticed it, checked the "
                    "plan, and took it through the proper channels instead of acting alone. You also "
                    "made sure Walter took part in the decision about his own life: nothing about us "
                    "without us. The result is community living in more than name: each man now sets "
                    "the rhythm of his own evening."
                ),
            ),
            Step(
                id="exception",
                text=(
                    "Walter is glad about hockey nights. But on other evenings, the TV still goes off "
                    "at eight, and the other three men still follow a bedtime that no one asked them "
                    "about."
                ),
                debrief=(
                    "Better than nothing, and you used the right channels. But an exception keeps the "
                    "rule at the centre and makes choice a special favour. Normalization asks for "
                    "ordinary conditions of life for everyone in the house, and in an ordinary home, "
                    "adults choose when to go to bed. Try the meeting again and think about all four "
                    "men."
                ),
            ),
            Step(
                id="later-rule",
                text=(
                    "Walter now sees the end of most games. One of his housemates, who likes an "
                    "early night, starts asking staff whether he is allowed to go to bed at nine."
                ),
                debrief=(
                    "A later rule is kinder, and you used the right channels. But it is still one "
                    "rule for four adults, set around the staff's shift. Now a man who wants an "
                    "early night feels he needs permission, the way Margaret asks for her tea. "
                    "Normalization asks for the ordinary rhythms of a life, and in an ordinary "
                    "home, each adult chooses when to go to bed. The night worker's concern is "
                    "real: solve it with the team, not with a new lights-out time. Try the "
                    "meeting again."
                ),
            ),
            Step(
                id="in-the-log",
                text=(
                    "Two weeks later, the supervisor initials your note. On hockey night, the TV "
                    "goes off at eight again, and Walter goes to his room without asking."
                ),
                debrief=(
                    "Writing it down was useful, but a note in the log is not the same as "
                    "raising a concern. No one talked it through with the team, and no one asked "
                    "Walter. A rule that quietly copies the institution needs to be brought to "
                    "your supervisor and the team, with the person it affects in the room: "
                    "nothing about us without us. Try again."
                ),
            ),
            Step(
                id="upset",
                text=(
                    "The next morning, Walter is quiet at breakfast. When you ask if he is all right, "
                    'he says, "Same as the old place." He does not mention hockey again.'
                ),
                debrief=(
                    "You followed the routine, but the routine was the problem. A single bedtime for "
                    "four adults is an institutional practice, and for Walter it brought back the "
                    "place where he had no say. Asking why a rule exists, and whether it fits the "
                    "person's plan, is part of your job. Go back and try another way."
                ),
            ),
            Step(
                id="routine-wins",
                text=(
                    "Weeks pass. Walter stops asking to watch the end of the game. He goes to his room "
                    "at eight without being told."
                ),
                debrief=(
                    "Walter has learned, again, that asking gets him nowhere. This is how institutional "
                    "habits survive in small places: a routine that suits staff, and a new worker who "
                    "lets it go. Respecting a co-worker does not mean staying silent. You can raise a "
                    "concern politely, through your supervisor and the team. Try again."
                ),
            ),
            Step(
                id="quiet",
                text=(
                    "A month later, the men in the house are confused. Bedtime depends on who is "
                    "working. Ron finds out and is angry, and the supervisor asks to meet with you. "
                    "Nothing in Walter's plan has changed."
                ),
                debrief=(
                    "Your instinct to support Walter's choice was right, but working around the team "
                    "does not last. It leaves the men with rules that change from shift to shift, and "
                    "it leaves the real problem in place for everyone else. Changes to how a home runs "
                    "belong in the person's plan and with the team, where they can hold. Try again, "
                    "and raise it openly."
                ),
            ),
        ],
    ),
    Matching(
        id="history-movements-match",
        title="Match each movement to a change it brought",
        objectives=["rights-movements"],
        prompt=(
            "Each of these movements changed what support looks like on an ordinary day. Match "
            "each one to a change it brought to the field."
        ),
        pairs=[
            Pair(
                left="Independent living movement",
                right="An attendant takes direction from the woman she supports about how her morning goes",
            ),
            Pair(
                left="Disability rights movement",
                right="A man is invited to the meeting where his plan is decided, with time and plain language to take part",
            ),
            Pair(
                left="Recovery movement",
                right="A worker helps a man who hears voices plan for college now, not after the voices stop",
            ),
            Pair(
                left="Harm reduction",
                right="A tenant gets housing and support while she is still using, with no promise to quit",
            ),
        ],
        extras=[
            "Large institutions close, and their residents move to group homes",
            "A group home trades one bedtime for the ordinary rhythm of each person's week",
        ],
        rationale=(
            "Each movement was led in large part by the people who used services, and each "
            "moved power toward them. Independent living put the person in charge of the services "
            "they use: independent means in charge, not doing everything alone. The disability "
            'rights movement, "nothing about us without us," brought people into the decisions '
            "about their own lives. The recovery movement separated a good life from a cure, so "
            "support no longer waits for symptoms to end. Harm reduction stopped making quitting "
            "a condition for help. Two changes match none of these: closing institutions is "
            "deinstitutionalization, and ordinary rhythms of life are Nirje's normalization, both "
            "from the page before."
        ),
    ),
    SingleChoice(
        id="history-sequence",
        title="A house on an ordinary street",
        objectives=["community-living"],
        prompt=(
            "Twenty years ago, Colette, now 62, and three other women left a provincial "
            "institution for a house on an ordinary street. As a new worker there, you notice "
            "that staff still choose the meals, lock the fridge at night and keep a sign-in book "
            "for the women's visitors. A co-worker says, \"They live in the community now. That "
            'was the whole point of closing the institutions." Which reply best explains how '
            "deinstitutionalization led to community living?"
        ),
        options=[
            Option(
                text="Leaving the institution was half the job; the rest is making their days their own",
                correct=True,
                feedback=(
                    "Yes. Deinstitutionalization closed the buildings, but the goal behind it was "
                    "community living: ordinary homes, chosen routines and full citizenship. A "
                    "locked fridge and a visitors' book carry the institution's control into a "
                    "small house. You can raise them with your supervisor and the team, with the "
                    "women in the room."
                ),
            ),
            Option(
                text="That is right: the move was the change, and the house rules keep the women safe",
                feedback=(
                    "This is the trap the chapter names. A small home can still run on rules that "
                    "suit staff, and then the institution has moved, not ended. Community living is "
                    "about how the women's days go, not only about the address."
                ),
            ),
            Option(
                text="A house among neighbours is what community living means, and this one is on an ordinary street",
                feedback=(
                    "Where someone lives is only part of it. Community living means taking part in "
                    "community life as full citizens, with the support they need, and making "
                    "ordinary choices, such as what to eat and who visits."
                ),
            ),
            Option(
                text="The rules can stay if staff explain each one to the women at a house meeting",
                feedback=(
                    "Explaining is better than silence, but the rules are still the staff's. "
                    'Community living, and "nothing about us without us," ask that the women '
                    "decide how their own home runs, not only hear why."
                ),
            ),
        ],
    ),
    Reflection(
        id="history-in-your-practice",
        title="Reflect on preventing an institutional harm",
        objectives=["history-in-practice"],
        prompt=(
            "Choose one harm of the institutions from this chapter, such as separation, loss of "
            "control or being out of sight. Describe one small, everyday way it could show up in a "
            "setting where you might work, such as a group home, a school, a shelter or a day "
            "program. Then name the right or practice you will uphold to prevent it, and how you "
            "would notice if it started to slip. Your answer stays in your own browser."
        ),
        checklist=[
            "Did I name one specific harm from the chapter?",
            "Did I describe a small, realistic example from a setting I might work in?",
            "Did I name a right or practice I will uphold, such as offering choices or including the person in decisions?",
            "Did I say how I would notice, and what I would do, if the practice started to slip?",
            "Did I leave out names or details that could identify a real person I have supported or worked with?",
            "Did I keep any personal or private details to what I am comfortable writing down?",
        ],
        min_words=60,
    ),
]
