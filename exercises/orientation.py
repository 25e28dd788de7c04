"""Exercises for Chapter 1, Orientation: the work and your place in it."""

from textbook.kit import (
    Band,
    Choice,
    Matching,
    MultipleSelect,
    Option,
    Ordering,
    Pair,
    Reflection,
    Scenario,
    SelfCheck,
    SelfCheckItem,
    SingleChoice,
    Step,
)

EXERCISES = [
    Reflection(
        id="orientation-why-this-work",
        title="Reflect on what drew you to this work",
        objectives=["roles-and-settings"],
        prompt=(
            "What drew you to human services? Write a few sentences in your own words. "
            "Then name the role and the setting you picture yourself in, such as an education "
            "assistant in a school or an outreach worker on the street, and say why. "
            "End with one thing you hope to learn from this book. "
            "Your answer stays in your own browser. You may want to read it again when you reach "
            "the end of Part 1, to see how your picture of the work has changed."
        ),
        checklist=[
            "Did I say what drew me to this work in my own words, not in words I think I should use?",
            "Did I name a role and a setting, and say what draws me to them?",
            "Did I name one thing I hope to learn?",
            "Did I keep private details to what I am comfortable writing down?",
        ],
        min_words=40,
    ),
    SingleChoice(
        id="orientation-roles-settings",
        title="Name Maya's role and setting",
        objectives=["roles-and-settings"],
        prompt=(
            "It is 10:15 on a Tuesday. Maya sits beside Daniel, a Grade 5 student who uses a "
            "tablet with a communication app. The teacher has asked Maya to help Daniel answer "
            "questions during the science lesson, and Maya follows the plan the teacher set. "
            "Which role and setting best describe Maya's work?"
        ),
        options=[
            Option(
                text="An education assistant in a school",
                correct=True,
                feedback=(
                    "Yes. Maya supports a student in the classroom, under the direction of the "
                    "teacher, and helping a student use a communication device is typical of the "
                    "role. Her title might also be educational assistant, EA or teaching assistant."
                ),
            ),
            Option(
                text="A youth worker in an after-school program",
                feedback=(
                    "Close, since a youth worker also spends time with school-age children. But "
                    "an after-school program runs outside class time, on its own plan. Maya is "
                    "in a lesson, following the plan the teacher set: working under a teacher's "
                    "direction is what marks an education assistant."
                ),
            ),
            Option(
                text="A mental health and addictions worker in supportive housing",
                feedback=(
                    "Not quite. That role supports tenants, like the ones Léa works with, in their "
                    "own housing. Maya works in a classroom, with a student, under a teacher's "
                    "direction."
                ),
            ),
            Option(
                text="A community support worker in a day program",
                feedback=(
                    "Close, since both roles help people take part and communicate. But day "
                    "programs usually serve adults in the community. A Grade 5 student in a science "
                    "lesson points to a school, and the teacher directing the work points to an "
                    "education assistant."
                ),
            ),
        ],
    ),
    Matching(
        id="orientation-role-match",
        title="Match front-line roles to typical tasks",
        objectives=["roles-and-settings"],
        prompt="Match each front-line role to a task and setting that is typical of it.",
        pairs=[
            Pair(
                left="Developmental or community support worker",
                right=(
                    "Helps a man with an intellectual disability plan meals and shop for "
                    "groceries, in the home he shares with two other men"
                ),
            ),
            Pair(
                left="Disability support worker",
                right=(
                    "Helps a woman with a spinal cord injury through her morning routine in her "
                    "own apartment, done her way and on her schedule"
                ),
            ),
            Pair(
                left="Mental health and addictions worker",
                right=(
                    "Talks with a tenant in supportive housing about safer drug use and about his "
                    "goal of seeing his daughter again"
                ),
            ),
            Pair(
                left="Social service worker",
                right=(
                    "Meets a newcomer family at intake, helps them apply for income support and "
                    "connects them with a food bank"
                ),
            ),
            Pair(
                left="Education assistant",
                right=(
                    "Adapts a reading activity so a student with a learning disability can take "
                    "part, following the teacher's plan for the class"
                ),
            ),
        ],
        extras=[
            "Diagnoses a tenant's depression and changes the dose of his medication",
            "Decides which goals go in a student's learning plan for the year",
        ],
        rationale=(
            "Community support workers, like Jasmine, support people with intellectual and "
            "developmental disabilities at home and in community life. Disability support workers "
            "support daily living, sometimes including personal care, with independence as the "
            "aim. Mental health and addictions workers, like Léa, support people with mental "
            "health conditions or substance use, often with a harm reduction approach. Social "
            "service workers connect people with income, housing, food and other help through "
            "intake, case management and advocacy. Education assistants work in schools under the "
            "teacher's direction. Real jobs overlap, and titles vary by province and agency, so "
            "read the job description, not just the title. Two tasks match no role: diagnosing and "
            "changing medication belong to doctors and other health professionals, and the teacher "
            "and school team decide what goes in a learning plan. Both are outside a front-line "
            "worker's scope of practice."
        ),
    ),
    MultipleSelect(
        id="orientation-scope-check",
        title="What is within your scope of practice?",
        objectives=["roles-and-settings", "worker-in-system"],
        prompt=(
            "You have finished your agency's medication training. Which of these actions are "
            "usually within a front-line worker's scope of practice? Select all that apply."
        ),
        options=[
            Option(
                text="Adapting an activity in the moment so a student can take part",
                correct=True,
                feedback=(
                    "Within scope. Like Sofia, you can adjust an activity on the spot so a person "
                    "can join in. You do it inside the plan, not in place of it."
                ),
            ),
            Option(
                text="Changing the goals in a student's learning plan",
                feedback=(
                    "Outside scope. The teacher and the school team decide what goes in a "
                    "learning plan. Your part is to share what you notice so they can make a good "
                    "decision."
                ),
            ),
            Option(
                text="Telling the team that a tenant seems more withdrawn than usual",
                correct=True,
                feedback=(
                    "Within scope, and an important part of the job. You see the person more often "
                    "than anyone else on the team, so noticing changes and passing them on is "
                    "exactly your role."
                ),
            ),
            Option(
                text="Telling a withdrawn tenant that he seems depressed and should ask about medication",
                feedback=(
                    "Outside scope, however kindly meant. Naming a condition is a diagnosis, and "
                    "that belongs to a doctor or another qualified health professional. You can "
                    "describe what you see to the team and help the person reach someone who can "
                    "assess it."
                ),
            ),
            Option(
                text="Giving a person a pain reliever from your own bag when she says she has a headache",
                feedback=(
                    "Outside scope, even though the pill is sold over the counter. Your medication "
                    "training covers giving what is prescribed or approved for the person, in the "
                    "way your agency allows. Tell the person what you can do, such as letting the "
                    "nurse or your supervisor know, and follow the agency's procedure."
                ),
            ),
            Option(
                text="Giving a person their medication in the way your agency trained you to",
                correct=True,
                feedback=(
                    "Within scope, but only because of the training and only in the way your "
                    "agency allows. Without that training, or done another way, the same task "
                    "would be outside your scope."
                ),
            ),
            Option(
                text="Writing down and reporting a new bruise you notice on a person's arm",
                correct=True,
                feedback=(
                    "Within scope. Noticing, recording and reporting are core front-line tasks. "
                    "You do not need to work out the cause: describe what you saw, factually, "
                    "and follow your agency's reporting policy."
                ),
            ),
        ],
    ),
    Matching(
        id="orientation-system-layers",
        title="Match examples from Owen's life to layers",
        objectives=["worker-in-system"],
        prompt=(
            "Look back at the figure of the worker in context. Match each example from Owen's "
            "life to the layer it belongs to."
        ),
        pairs=[
            Pair(
                left="Owen trusts you enough to try a new recipe with you",
                right="The relationship at the centre",
            ),
            Pair(
                left="A co-worker's shift note that Owen slept badly last night",
                right="The team",
            ),
            Pair(
                left="The written steps for giving and recording medication in Owen's home",
                right="The agency",
            ),
            Pair(
                left="The staff at the bakery where Owen buys his bread",
                right="The community",
            ),
            Pair(
                left="A provincial funding rule that sets how many staff can work in the home",
                right="The system",
            ),
        ],
        extras=["The profession and its code of ethics"],
        rationale=(
            "Work from the inside out. The trust that lets Owen try something new lives in the "
            "relationship at the centre. Shift notes are how the team shares what it knows. A "
            "medication procedure is an agency policy, often turning a legal duty into daily "
            "steps. The bakery is part of the community, the world outside services that you "
            "help Owen build. A funding rule comes from the system of laws, funding and policy. "
            "Knowing the layer tells you where to take a problem: a question about a plan goes to "
            "the team, a question about a rule goes to your supervisor, and a problem with "
            "funding or a law may need advocacy over time. The profession is a real layer too, with "
            "its code of ethics, but none of these examples belongs to it."
        ),
    ),
    Ordering(
        id="orientation-raise-a-concern",
        title="Bo and the drop-in's closing time",
        objectives=["worker-in-system"],
        prompt=(
            "Bo works evenings at a drop-in centre in Thunder Bay. The rule is that everyone "
            "leaves when the centre closes at 10 p.m. At 9:45, on a night of minus 30, a "
            "regular named Hazel tells Bo her shelter bed fell through. Her gloves are soaked "
            "and her fingers look white. Bo has seen two other people turned out into the cold "
            "at closing this month. Put what Bo does in the order he should do it."
        ),
        items=[
            "Bring Hazel inside by the heater with a hot drink, and check whether her fingers need medical care",
            "Phone the on-call supervisor, say what he sees and ask what can be done about closing time",
            "Write in the log what he saw, whom he called and what was decided",
            "At the next team meeting, point out that this has happened three times this month",
        ],
        rationale=(
            "Hazel's safety comes first: white fingers on a night like this may need medical "
            "care, and no closing rule matters more. Next, Bo raises the clash with his "
            "supervisor instead of bending the rule quietly or enforcing it on his own: the "
            "supervisor can weigh options he cannot, such as a shelter call or a later close. "
            "He describes what he sees, not his guesses. Then he writes it down, so the next "
            "worker and the team know what happened. Last comes the pattern: one night is a "
            "problem to solve, but three in a month is a reason to ask, through the team, "
            "whether the policy itself needs to change. Noticing, raising and recording works "
            "in almost any setting."
        ),
    ),
    Scenario(
        id="orientation-owen-new-shift",
        title="Owen is pacing on your second shift",
        objectives=["revolving-door", "worker-in-system"],
        prompt=(
            "You are a new community support worker on your second shift in Owen's home. "
            "Make each choice as you would on the job, and see where it leads."
        ),
        start="arrive",
        steps=[
            Step(
                id="arrive",
                text=(
                    "It is 8 a.m. on a Saturday. As you come in, the overnight worker, Priya, is "
                    "putting on her coat. Owen is pacing the hallway and saying, over and over, "
                    '"Saturday is Marcus day." Marcus worked with Owen on weekends for three '
                    "years. He left the agency last week. Nobody has told you much about Owen yet. "
                    "What do you do first?"
                ),
                choices=[
                    Choice(
                        text="Step into the office, call the on-call supervisor and report that Owen is acting aggressively",
                        next="called",
                        consequence=(
                            "You step into the office and make the call. Priya heads home "
                            "after her night shift. Owen keeps pacing outside the office door."
                        ),
                    ),
                    Choice(
                        text="Tell Owen firmly but kindly to calm down and have a seat in the living room",
                        next="shut-out",
                        consequence=(
                            'Owen\'s voice gets louder. "Not you. Marcus." He goes to his room and '
                            "slams the door. He has no reason yet to trust you, and an order from "
                            "a stranger feels like one more thing going wrong."
                        ),
                    ),
                    Choice(
                        text="Ask Priya for two minutes before she leaves, then read the log and Owen's plan",
                        next="read-plan",
                        consequence=(
                            "Priya tells you Owen barely slept. The log says Marcus's last shift "
                            "was a week ago. Owen's plan says he copes best when he knows what his "
                            "day will look like, that pacing is how he shows worry, and that on "
                            "Saturdays he walks to the bakery to buy bread."
                        ),
                    ),
                ],
            ),
            Step(
                id="called",
                text=(
                    'The supervisor, Dana, answers. "Is anyone in danger? What exactly is he '
                    'doing?" You describe it: pacing, repeating the same words, no threats, no '
                    'one hurt. Dana says it sounds like worry to her, and asks, "What do you know '
                    'about what Saturdays mean to him?" What do you do?'
                ),
                choices=[
                    Choice(
                        text="Tell Dana you don't know yet, and go and find out before you decide",
                        next="read-plan",
                        consequence=(
                            "You were right to ask for help; you just asked the wrong question. "
                            "You read the log and Owen's plan. The log says Marcus left last week. The plan says Owen copes best "
                            "when he knows what his day will look like, that pacing is how he "
                            "shows worry, and that on Saturdays he walks to the bakery for bread."
                        ),
                    ),
                    Choice(
                        text="Insist that Owen is unsafe and ask for another worker",
                        next="escalated",
                        consequence=(
                            "Dana sends a worker from another home, who arrives an hour later. "
                            'Your incident report describes Owen as "aggressive."'
                        ),
                    ),
                    Choice(
                        text="Tell Dana you will watch Owen from the office until the second worker comes in",
                        next="shut-out",
                        consequence=(
                            "Dana says to call back if anything changes. You sit by the office "
                            "window. Owen paces past the door, looks in at you twice, then goes "
                            "to his room."
                        ),
                    ),
                ],
            ),
            Step(
                id="read-plan",
                text=(
                    "You now know what Owen's pacing means and what Saturdays usually look like "
                    "for him. He is still walking the hallway. What next?"
                ),
                choices=[
                    Choice(
                        text="Sit at the kitchen table, say your name and ask Owen what is wrong",
                        next="talk",
                        consequence=(
                            "Owen slows down. After a few passes, he stops in the kitchen doorway and looks at you."
                        ),
                    ),
                    Choice(
                        text="Get the morning chores done around him, and let Owen settle on his own",
                        next="shut-out",
                        consequence=(
                            "The dishes get done. Owen paces for most of an hour, and nobody "
                            "asks him what is wrong. Then he goes to his room."
                        ),
                    ),
                    Choice(
                        text="Make Owen's usual Saturday breakfast and set it out for him",
                        next="shut-out",
                        consequence=(
                            "Owen looks at the plate and keeps pacing. The eggs go cold. After a "
                            "while, he goes to his room and closes the door."
                        ),
                    ),
                ],
            ),
            Step(
                id="talk",
                text=(
                    '"Marcus is gone," Owen says. "Saturday is bakery." The staff board says '
                    "a second worker starts at 9 a.m. It is 8:20, and the other two men in the "
                    "home are still asleep. What do you do?"
                ),
                choices=[
                    Choice(
                        text="Get your coat and walk Owen to the bakery now, while he still wants to go",
                        next="talk",
                        consequence=(
                            "You reach for your coat, then stop. You are the only worker on shift "
                            "until 9, and two men are asleep upstairs. Leaving them alone would "
                            "break your agency's staffing policy and put them at risk. You hang "
                            "your coat back up. Owen is still waiting for an answer."
                        ),
                    ),
                    Choice(
                        text="Promise Owen that you will be his Saturday worker from now on, like Marcus was",
                        next="promise",
                        consequence=('Owen looks at you for a long moment. "The last one said that too."'),
                    ),
                    Choice(
                        text="Say you are sorry Marcus left, and offer the bakery at 9:30, after the second worker arrives",
                        next="bakery",
                        consequence=(
                            'Owen watches you write "9:30 bakery" on the board. He sits down '
                            "and asks what kind of bread you like."
                        ),
                    ),
                ],
            ),
            Step(
                id="bakery",
                text=(
                    "At 9:30 you and Owen walk to the bakery. The woman at the counter asks "
                    "where Marcus is. Owen tells her, then says your name. On the way home, he "
                    "tells you Marcus always let him carry the bag. You write that in the log."
                ),
                best=True,
                debrief=(
                    "This is the practice the chapter teaches. You treated the pacing as worry, "
                    "not a threat, because you read the log and the plan and asked Owen what was "
                    "wrong. You kept his routine, which is part of the knowledge that walked out "
                    "the door with Marcus, and you kept it within your agency's staffing rules. "
                    "You did not promise what you cannot control. And by writing down what you "
                    "learned, you made sure the next new worker will not start from zero."
                ),
            ),
            Step(
                id="promise",
                text=(
                    "Owen goes to his room. Later that morning, he goes to the bakery with the "
                    "second worker and does not mention you. You do not set the schedule, and "
                    "Owen knows it."
                ),
                debrief=(
                    "A kind promise, but not one you can keep: staffing is set by the agency, not "
                    "by you. Owen has heard it before, and each broken promise teaches him that "
                    "trusting new workers is not worth it. Trust is rebuilt through small, kept "
                    "commitments, such as a walk at 9:30 that really happens. Go back to the "
                    "kitchen and try another way."
                ),
            ),
            Step(
                id="shut-out",
                text=(
                    "By mid-morning, Owen is in his room with the door shut. He does not come out "
                    'to eat. When the second worker arrives, Owen tells her, "Saturday is '
                    'broken." Nobody goes to the bakery.'
                ),
                debrief=(
                    "Owen's distress had a reason: the worker who knew his Saturdays is gone. "
                    "Ordering him to calm down, watching him from a distance or carrying on with "
                    "the routine without asking him all treated his worry as a problem to manage "
                    "instead of a message. The log and the plan held the knowledge you needed, and "
                    "asking Owen would have told you the rest. This is "
                    "how turnover costs people supported: lost knowledge, lost routines and a "
                    "little less trust each time. Try again, starting with what the team already "
                    "knows."
                ),
            ),
            Step(
                id="escalated",
                text=(
                    "When the second worker arrives, Owen sees two staff watching him and goes "
                    'quiet. He skips the bakery. The word "aggressive" is now in his file, and '
                    "the next new worker will read it."
                ),
                debrief=(
                    "Calling your supervisor was a good instinct: asking for help is part of the "
                    "job. But you read Owen's behaviour as a threat without checking what the "
                    "team already knew, and then held to that reading when your supervisor "
                    "questioned it. This is how behaviour gets misread when workers come and go, "
                    "and how a harsher response can follow a person for years. Describe what you "
                    "see, not what you fear, and read the plan before you decide what it means."
                ),
            ),
        ],
    ),
    MultipleSelect(
        id="orientation-revolving-door-costs",
        title="Costs of the revolving door for people supported",
        objectives=["revolving-door"],
        prompt=("Which of these are ways the revolving door can cost the people supported? Select all that apply."),
        options=[
            Option(
                text="Owen has to decide, once again, whether a new worker is worth trusting",
                correct=True,
                feedback=(
                    "Yes: trust has to be rebuilt again and again. After enough goodbyes, some "
                    "people stop investing in new workers at all, and get less from their support."
                ),
            ),
            Option(
                text="A tenant retells her abuse to a new worker, for the third time this year",
                correct=True,
                feedback=(
                    "Yes: people have to retell their stories. Trauma-informed practice stresses "
                    "safety, trust and avoiding new harm, and constant turnover works against all "
                    "three."
                ),
            ),
            Option(
                text="A new worker does not know Owen takes his pills with juice, and he refuses them",
                correct=True,
                feedback=(
                    "Yes: knowledge walks out the door. Much of what an experienced worker knows "
                    "never makes it into the notes, and it leaves with them."
                ),
            ),
            Option(
                text="A youth who goes quiet when upset is written up as defiant by a new worker",
                correct=True,
                feedback=(
                    "Yes: behaviour gets misread. A worker who does not know the person may read "
                    "distress as defiance or danger, and respond far more harshly than the "
                    "situation needs. The label can then follow the person for years."
                ),
            ),
            Option(
                text="A cautious new worker says no when a woman asks to take the bus alone",
                correct=True,
                feedback=(
                    "Yes: choice can shrink, even for a woman who has taken the bus alone for years. "
                    "Unsure workers may play it safe, and a steady stream "
                    "of cautious workers can take away the dignity of risk, one small no at a time."
                ),
            ),
            Option(
                text="A new worker tries an idea the last one never thought of",
                feedback=(
                    "That is not a cost, and new ideas can help. But a steady team can bring them "
                    "too, and the chapter's point is what frequent change takes away from people: "
                    "trust, knowledge and choice."
                ),
            ),
            Option(
                text="The agency spends more on hiring and training each time a worker leaves",
                feedback=(
                    "A real cost, but to the agency, not to the people supported. The question "
                    "is who lives with each turn of the door: the person who stays, and has to "
                    "start again with someone new."
                ),
            ),
            Option(
                text="A worker who quits gives up the seniority and the raise she had nearly earned at the agency",
                feedback=(
                    "A cost to the worker, not to the people supported. The chapter's point is "
                    "that the worker who leaves can find another job, while the person supported "
                    "often cannot find another home or program."
                ),
            ),
            Option(
                text="Co-workers pick up extra shifts after each departure and grow tired",
                feedback=(
                    "A real cost, but to the team, not to the people supported. Tired teams matter "
                    "(Chapter 7 returns to them), yet the chapter asks who lives with each turn of "
                    "the door: the person who stays, and often pays the highest price."
                ),
            ),
        ],
    ),
    SingleChoice(
        id="orientation-jit-or-foundation",
        title="Quick guide or deeper foundation?",
        objectives=["foundation-first"],
        prompt=(
            "You are in your first month at a supportive housing program. Which of these moments "
            "is best met by just-in-time learning, such as a quick guide read right before you "
            "need it?"
        ),
        options=[
            Option(
                text="A tenant asks you how to book the building's laundry room",
                correct=True,
                feedback=(
                    "Yes. This is a procedure: clear steps, one right answer and time to look it "
                    'up, or to say "Let me check and come back to you." A short guide at the '
                    "right moment is exactly what just-in-time learning does well."
                ),
            ),
            Option(
                text="A tenant, upset, asks you why she must sign a release form",
                feedback=(
                    "Not the best fit, though a form is involved. The form's steps can be looked "
                    "up, but she is upset and asking why, now. Explaining consent and "
                    "confidentiality in a way she can trust takes a foundation in ethics "
                    "(Chapter 5), not a checklist."
                ),
            ),
            Option(
                text="A tenant asks you to accept her friend request on social media",
                feedback=(
                    "Not the best fit. Like Amir, you may not even see that there is a question "
                    "here unless you have already thought about boundaries. You cannot look up an "
                    "answer to a question you do not notice."
                ),
            ),
            Option(
                text="A tenant asks you, in tears, whether her son will ever forgive her",
                feedback=(
                    "Not the best fit. This moment happens fast and calls for you, not a checklist. "
                    "What you do draws on what you already carry: your values, your sense of the "
                    "relationship and your skill at thinking on your feet."
                ),
            ),
        ],
    ),
    SingleChoice(
        id="orientation-chapter-order",
        title="Advise a classmate who wants to skip to the cards",
        objectives=["foundation-first"],
        prompt=(
            "Nadia, a classmate, starts her practicum at a youth shelter in three weeks. She plans "
            "to skip Part 1 and read only the toolkit cards, which are short and practical. What "
            "advice best fits the argument of this chapter?"
        ),
        options=[
            Option(
                text="Read Part 1 first: in fast moments she can use only what she already carries",
                correct=True,
                feedback=(
                    "Yes. The key moments of relational work happen in seconds, and she cannot "
                    "look up her response then. Each card also links back to the chapters it "
                    "builds on, and a card about "
                    "gifts makes full sense only after the chapter on boundaries. Without the "
                    "foundation, Nadia would have tips without their reasons, and a tip without "
                    "its reasons breaks as soon as the situation changes a little. She should "
                    "still use the cards during her practicum: on a foundation, they work better."
                ),
            ),
            Option(
                text="Skip the cards too: quick guides do little in relational work",
                feedback=(
                    "Just-in-time learning has limits in relational work, but it is still "
                    "useful, above all for steps and procedures. The book asks you to use "
                    "the cards during practicum, on top of the foundation, not instead of it."
                ),
            ),
            Option(
                text="Read the cards now, then the chapters during practicum, when real cases will make them mean more",
                feedback=(
                    "This reverses the order the chapter argues for. The key moments of "
                    "relational work happen fast, and you can only draw on what you already "
                    "carry. Practicum is where the foundation gets used, not where it should "
                    "start."
                ),
            ),
            Option(
                text="Read the ethics and boundaries chapters first, then the cards, and leave the other chapters for later",
                feedback=(
                    "Closer, but the chapters are built in order. Ethics builds on the models "
                    "chapter and on knowing yourself, and boundaries builds on ethics. Read out "
                    "of order, they lose the reasons that hold them up, which is the very "
                    "problem with tips alone."
                ),
            ),
        ],
    ),
    Reflection(
        id="orientation-foundation-plan",
        title="Reflect on a hard moment you expect to face",
        objectives=["foundation-first"],
        prompt=(
            "Think of one relational moment you expect to face in your first weeks of work or "
            'practicum. For example, a person asks you "Are you staying?", or someone you '
            "support sends you a friend request. Describe the moment. Then write what a quick "
            "tip could give you, what it could not, and which foundation chapters you expect to "
            "help, and why."
        ),
        checklist=[
            "Did I describe one concrete moment: who is there, where it happens and what is said or done?",
            "Did I name something a quick tip could help with, such as a step or an agency rule?",
            "Did I name something a tip could not give me, such as the reasons behind a rule or a sense of my own values?",
            "Did I link the moment to at least one foundation chapter and say why?",
        ],
        min_words=50,
    ),
    SelfCheck(
        id="orientation-chapter-check",
        title="Rate your grasp of the work and your role",
        objectives=["roles-and-settings", "worker-in-system", "revolving-door", "foundation-first"],
        confidence=True,
        prompt=(
            "Rate how true each statement is for you right now. This self-check is for "
            "reflection, not a diagnostic tool: it does not measure you, it only points you to "
            "pages worth another look before you move on."
        ),
        scale=["Not true", "Somewhat true", "Mostly true", "Very true"],
        items=[
            SelfCheckItem(
                text="I can name at least three front-line roles and a setting where each one happens.",
                page="book/foundations/01-orientation/the-work",
            ),
            SelfCheckItem(
                text="I find it hard to say who sets the limits of my role.",
                reverse=True,
                page="book/foundations/01-orientation/the-work",
            ),
            SelfCheckItem(
                text="I can describe the layers around a front-line worker, from the team out to the system.",
                page="book/foundations/01-orientation/in-the-system",
            ),
            SelfCheckItem(
                text="I know where to take a problem: to the team, to my supervisor or to people working for change over time.",
                page="book/foundations/01-orientation/in-the-system",
            ),
            SelfCheckItem(
                text="I can explain the revolving door in my own words.",
                page="book/foundations/01-orientation/foundation-first",
            ),
            SelfCheckItem(
                text="I can name at least three ways turnover costs the people supported.",
                page="book/foundations/01-orientation/foundation-first",
            ),
            SelfCheckItem(
                text="I can explain why a quick tip is not enough when a person cries or offers me a gift.",
                page="book/foundations/01-orientation/foundation-first",
            ),
            SelfCheckItem(
                text="I would mostly count on looking things up in the moment to handle hard moments with people.",
                reverse=True,
                page="book/foundations/01-orientation/foundation-first",
            ),
        ],
        bands=[
            Band(
                min=0,
                max=10,
                label="Worth another look",
                meaning=(
                    "Several ideas in this chapter are still settling, which is normal on a first "
                    "read. Reread the page for each statement that does not fit you well yet: "
                    'one you rated "Not true" or "Somewhat true" (for statements 2 and 8, '
                    '"Mostly true" or "Very true"). Statements 1 and 2 go with "The work: '
                    'roles and settings", 3 and 4 with "Your place in the team, the agency and '
                    'the system", and 5 to 8 with "The revolving door and why a foundation '
                    'comes first".'
                ),
            ),
            Band(
                min=11,
                max=18,
                label="Getting there",
                meaning=(
                    "You have a good start. Find the statements that fit you least well: those "
                    'you rated "Not true" or "Somewhat true" (for statements 2 and 8, '
                    '"Mostly true" or "Very true"). Then reread the matching page. '
                    'Statements 1 and 2 go with "The work: roles and settings", 3 and 4 with '
                    '"Your place in the team, the agency and the system", and 5 to 8 with '
                    '"The revolving door and why a foundation comes first".'
                ),
            ),
            Band(
                min=19,
                max=24,
                label="Ready to move on",
                meaning=(
                    "You feel at home with the main ideas of this chapter. If one statement "
                    "still does not fit you well, skim its page before you go on. Statements 1 "
                    'and 2 go with "The work: roles and settings", 3 and 4 with "Your place '
                    'in the team, the agency and the system", and 5 to 8 with "The revolving '
                    'door and why a foundation comes first".'
                ),
            ),
        ],
    ),
]
