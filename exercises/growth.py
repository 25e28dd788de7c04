"""Exercises for Chapter 8, Growth mindset and reflective practice."""

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
    Reflection(
        id="growth-learning-story",
        title="Reflect on a skill you learned over time",
        objectives=["fixed-vs-growth"],
        prompt=(
            "Think of something you can do well now that you could not do at first, such as "
            "driving, a sport, a language, a recipe or a game. Describe how you got better: one "
            "mistake you made along the way, what you did next and who or what helped. Then write "
            "what you believed about your own ability when you started, and whether that belief "
            "turned out to be true. End with one belief you hold right now about your ability to "
            "do human services work. Your answer stays in your own browser."
        ),
        checklist=[
            "Did I name one skill and describe how I actually got better at it?",
            "Did I describe at least one mistake and what I did after it?",
            "Did I name a person, a practice or a change of strategy that helped?",
            "Did I say what I believed about my ability at the start, and whether it held up?",
            "Did I name one belief about my ability to do this work, and notice whether it sounds fixed or growth-minded?",
        ],
        min_words=60,
    ),
    SingleChoice(
        id="growth-spot-the-mindset",
        title="Which new worker shows a growth mindset?",
        objectives=["fixed-vs-growth"],
        prompt=(
            "Four new workers talk about a hard first month. Which statement best shows a growth "
            "mindset about their own learning?"
        ),
        options=[
            Option(
                text='"I froze when Mr. Dion refused his pills. Maybe I\'m just not cut out for medication rounds."',
                feedback=(
                    "Not this one: it is a fixed mindset. It reads one hard moment as proof about "
                    "the worker, as if the skill is something you either have or do not have, which "
                    "leaves nothing to learn. Handling a refusal is a skill that can be learned and "
                    "practised."
                ),
            ),
            Option(
                text="\"I've done medication rounds for a month without a mistake. I'll tell my supervisor I don't need checks.\"",
                feedback=(
                    "Not quite. Turning down feedback to protect a picture of yourself is a sign of a "
                    "fixed mindset. Even skilled workers make errors, and feedback is how they "
                    "catch them early. With medication, errors can cause real harm, which is why "
                    "agencies have set procedures and checks."
                ),
            ),
            Option(
                text='"I froze when Mrs. Petrov refused her pills. I\'ll ask my supervisor how we handle refusals."',
                correct=True,
                feedback=(
                    "Yes. This worker treats a hard moment as a problem to work on, not as proof "
                    "about themselves. They ask for help and plan to learn the agency's steps, "
                    "which is what a growth mindset looks like in daily work. A person usually has "
                    "the right to refuse, and agencies have set steps for recording and reporting "
                    "a refusal, so asking a supervisor, and going over the steps before the next "
                    "shift, is the safe move."
                ),
            ),
            Option(
                text='"If I keep telling myself I\'m good at this, I will be. Confidence is what it takes."',
                feedback=(
                    "Not quite. A growth mindset is not positive thinking, and belief on its own "
                    "does not make you grow. Growth comes from effort, new strategies, feedback "
                    "and help from others."
                ),
            ),
        ],
    ),
    MultipleSelect(
        id="growth-beliefs-about-people",
        title="Mitch doubts Corinne can learn the bus",
        objectives=["fixed-vs-growth"],
        prompt=(
            "Corinne, 34, has started a part-time job at a bakery, and the agency van drives her "
            "there. She has said she would like to take the city bus someday. Your co-worker Mitch "
            "says, \"Don't bother with bus training. She'll just get lost.\" Which responses show a "
            "growth mindset about Corinne while leaving the choices to her? Select all that apply."
        ),
        options=[
            Option(
                text="Ask Corinne what she wants to learn about the bus, and how she would like help",
                correct=True,
                feedback=(
                    "Yes. A growth mindset about a person starts with their goals. Asking Corinne "
                    'keeps her in charge of what "learning the bus" means for her.'
                ),
            ),
            Option(
                text="Agree with Mitch, and keep booking the agency van for her trips to the bakery",
                feedback=(
                    "No. This is a fixed mindset about Corinne. If nobody offers her a chance to "
                    "practise, she never learns the route, and the belief that she would get lost "
                    "starts to prove itself."
                ),
            ),
            Option(
                text="Ask the team whether someone could ride the route with her a few times at first",
                correct=True,
                feedback=(
                    "Yes. Looking for new ways to learn a task is a growth mindset in action, and "
                    "the team may have ideas and skills you do not have."
                ),
            ),
            Option(
                text="Set Corinne a goal to ride the bus to work every day this month, and cheer her on",
                feedback=(
                    "Not quite. It is well meant, and it believes she can learn, but it confuses a "
                    "growth mindset with pressure. The goal and its pace are Corinne's to set, not "
                    "yours."
                ),
            ),
            Option(
                text="Notice what Corinne already does, such as reading the van's route sheet, and build on it",
                correct=True,
                feedback=(
                    "Yes. This is the strengths perspective from Chapter 3: start from what a "
                    "person can do and hopes for, not only from what is hard."
                ),
            ),
            Option(
                text="Tell Corinne she will be riding on her own by spring if she keeps practising",
                feedback=(
                    "No. Nobody on the team knows that, and a promise about how fast she will learn "
                    "is not yours to make. A growth mindset stays open to what is possible without "
                    "making promises you cannot keep."
                ),
            ),
            Option(
                text="Accept it if Corinne decides to keep the van for now and try the bus in spring",
                correct=True,
                feedback=(
                    "Yes. Believing a person can learn is not the same as pushing them to. The "
                    "person decides what to work on and when, and that is Corinne's right."
                ),
            ),
        ],
    ),
    Matching(
        id="growth-schon-match",
        title="Match kinds of reflection to examples",
        objectives=["in-and-on-action"],
        prompt="Match each idea to the example that fits it best.",
        pairs=[
            Pair(
                left="Knowing-in-action",
                right=(
                    "Without stopping to think, an experienced worker lowers her voice and sits "
                    "down when a tenant starts to get upset"
                ),
            ),
            Pair(
                left="Reflection-in-action",
                right=(
                    "Mid-visit, a tenant goes quiet when a worker mentions his landlord, so she puts "
                    "the form aside and asks what happened"
                ),
            ),
            Pair(
                left="Reflection-on-action",
                right=(
                    "After her shift, a worker writes in her journal about why she took over a "
                    "task, and what she will try next time"
                ),
            ),
            Pair(
                left="Replaying, which is not yet reflection",
                right=(
                    "On the drive home, a worker goes over a bad moment again and again and ends "
                    "up feeling worse, with no plan"
                ),
            ),
        ],
        extras=[
            "Before a home visit, a worker reads the person's plan and the notes from the last visit",
            "In a workshop, a new worker learns the six questions of a reflective cycle by heart",
        ],
        rationale=(
            "Knowing-in-action is skill that shows in what you do, often without words. "
            "Reflection-in-action starts when something surprises you: you think and adjust "
            "while you are still in the situation, as the worker did when the tenant went quiet. "
            "Reflection-on-action "
            "happens afterward, when you have time to ask why and to plan. Replaying a moment "
            "without a purpose or an end point is not reflection; it drains you and teaches "
            "little. A reflective cycle turns it into learning."
        ),
    ),
    SingleChoice(
        id="growth-in-the-moment",
        title="Lyle snaps at you on outreach",
        objectives=["in-and-on-action"],
        prompt=(
            "You are an outreach worker in Thunder Bay. Most nights, Lyle chats with you and takes "
            'a sandwich. Tonight, when you walk up, he turns away and snaps, "Leave me alone." '
            "Nobody is in danger. Which response best shows reflection-in-action?"
        ),
        options=[
            Option(
                text="Hold out the sandwich the usual way, and wait for him to take it",
                feedback=(
                    "Not quite. This is running on autopilot. Lyle's change is a signal, and "
                    "reflection-in-action means noticing it and adjusting while you are there."
                ),
            ),
            Option(
                text='Step back and say quietly, "Okay. Want me to leave a sandwich here?"',
                correct=True,
                feedback=(
                    "Yes. You noticed a surprise, made a quick guess that Lyle needs space and "
                    "adjusted on the spot. You also left him a choice, and you can still reflect "
                    "on the moment later. If anything about Lyle worried you, such as signs that he "
                    "was unwell, you would also follow your agency's outreach procedures and tell "
                    "your supervisor."
                ),
            ),
            Option(
                text='Stay where you are and ask, "What\'s going on tonight? Did something happen?"',
                feedback=(
                    "Not quite. You noticed the change, which is where reflection-in-action starts, "
                    "but you did not adjust to it: he asked to be left alone, and questions press "
                    "him to talk. The adjustment is to give him space and leave him a choice."
                ),
            ),
            Option(
                text="Walk on for now, and think the moment through in your journal tonight",
                feedback=(
                    "Not the best choice. Thinking it through tonight is reflection-on-action, and "
                    "it is useful. But the moment in front of you still needs a response, and a "
                    "small adjustment now can keep the door open with Lyle."
                ),
            ),
        ],
    ),
    Matching(
        id="growth-kolb-match",
        title="Match Kolb's cycle to Jordan's story",
        objectives=["reflective-cycle"],
        prompt=(
            "Jordan is a youth worker at a drop-in centre in Halifax. Match each stage of Kolb's "
            "experiential learning cycle to the part of Jordan's story that fits it."
        ),
        pairs=[
            Pair(
                left="Concrete experience",
                right=("Jordan runs a cooking night at the drop-in, and only two young people stay to the end"),
            ),
            Pair(
                left="Reflective observation",
                right=(
                    "Jordan thinks back over the evening and notices that most youth left while "
                    "he was explaining the recipe"
                ),
            ),
            Pair(
                left="Abstract conceptualization",
                right=(
                    "Jordan links this to an idea from his course: people stay involved when they "
                    "have a say and get to do things, not just listen"
                ),
            ),
            Pair(
                left="Active experimentation",
                right=("The next week, Jordan asks the youth to pick the recipe and gets them cooking right away"),
            ),
        ],
        extras=[
            "On the bus home, Jordan goes over the evening again and again and feels worse, with no idea why",
        ],
        rationale=(
            "Kolb's cycle starts with an experience: the cooking night itself. Jordan then steps "
            "back and looks at it (reflective observation), forms an idea that explains it "
            "(abstract conceptualization) and tests that idea the next week (active "
            "experimentation). The new cooking night is a new concrete experience, so the cycle "
            "starts again."
        ),
    ),
    SingleChoice(
        id="growth-cycle-order",
        title="Which question did Priya skip?",
        objectives=["reflective-cycle"],
        prompt=(
            "Priya, an education assistant, uses the reflective cycle after a hard math lesson. "
            'She writes: "Eli tore up his worksheet and put his head down. I told him to pick up '
            "the pieces, and he walked out of class. I felt embarrassed in front of the teacher, "
            "and I still feel uneasy. I stayed calm and did not raise my voice, but my request "
            "ended the lesson for him. I could have waited a minute, or offered him his break "
            'card. Tomorrow I will offer the break card as soon as he puts his head down." '
            "Which question of the cycle did she skip?"
        ),
        options=[
            Option(
                text="Why did it go this way?",
                correct=True,
                feedback=(
                    "Yes. Priya never asks why Eli tore up the sheet, or why she asked him to pick "
                    "it up. That question is the heart of the cycle: without it, her plan is a guess. "
                    "If the work was too hard for him, or something happened before class, a break "
                    "card alone may not help. Looking at Eli's point of view and her own reasons "
                    "would give her plan a reason to work."
                ),
            ),
            Option(
                text="What was going on inside me?",
                feedback=(
                    'Not this one. Priya names her feelings, then and now: "I felt embarrassed" and '
                    '"I still feel uneasy." Look for the question that would explain what happened.'
                ),
            ),
            Option(
                text="What helped, and what got in the way?",
                feedback=(
                    "Not this one. She weighs both sides: staying calm helped, and her request ended "
                    "the lesson for Eli. Look for the question that looks for reasons."
                ),
            ),
            Option(
                text="What other options did I have?",
                feedback=(
                    "Not this one. She lists two: waiting a minute and offering the break card. "
                    "But she chose between them without asking why the moment went as it did."
                ),
            ),
        ],
    ),
    Reflection(
        id="growth-cycle-apply",
        title="Use the reflective cycle on your own experience",
        objectives=["reflective-cycle", "in-and-on-action"],
        prompt=(
            "Choose one experience from work, a practicum, volunteering or school that you would "
            "like to learn from. It can be a moment that went well or one that was hard, but not "
            "one that still feels raw or frightening. Work through the six questions of the "
            "reflective cycle, with a few sentences for each: What took place, step by step? What "
            "was going on inside me? What helped, and what got in the way? Why did it go this "
            "way? What other options did I have? What will I do next time? If the memory becomes "
            "upsetting, stop and talk to someone you trust. Do not use names or details that could "
            "identify anyone. Your answer stays in your own browser."
        ),
        checklist=[
            "Did I describe what happened without judging it first?",
            "Did I name my thoughts and feelings, at the time and now?",
            "Did I find at least one thing that helped or went well?",
            "Did I look for reasons, including the other person's point of view, rather than blame?",
            "Did I notice whether I adjusted in the moment, or only thought about it afterward?",
            "Is my plan specific enough that I would know whether I did it?",
            "Did I leave out names and details that could identify anyone?",
        ],
        min_words=120,
    ),
    MultipleSelect(
        id="growth-supervision-prep",
        title="Help Hana prepare for supervision",
        objectives=["supervision-feedback"],
        prompt=(
            "Hana is getting ready for her first supervision meeting with Grace. Which of these "
            "belong on her list? Select all that apply."
        ),
        options=[
            Option(
                text="One thing that went well, such as setting up the kitchen so that Walter could cook",
                correct=True,
                feedback=(
                    "Yes. Naming what went well helps you do it again on purpose, and it gives "
                    "your supervisor a fuller picture of your work."
                ),
            ),
            Option(
                text="The sandwich moment, worked through first with the reflective cycle",
                correct=True,
                feedback=(
                    "Yes. Bringing a hard moment, already thought through, makes the meeting "
                    "more useful and shows that Hana is learning from it."
                ),
            ),
            Option(
                text="A specific question: how to help Walter in the kitchen without taking over",
                correct=True,
                feedback=(
                    "Yes. A specific question gets a specific answer. This is the educational side "
                    "of supervision. Hana might also ask whether an occupational therapist could "
                    "suggest tools for Walter's right hand."
                ),
            ),
            Option(
                text="How tired and shaken she has felt after Tuesday",
                correct=True,
                feedback=(
                    "Yes. Supervision has a supportive side. Saying how the work affects you helps "
                    "your supervisor support you, and links to the wellness plan from Chapter 7."
                ),
            ),
            Option(
                text="A plan to leave out the sandwich moment until she has a better week to report",
                feedback=(
                    "No. Your supervisor can only help with what they know about. Hiding a "
                    "mistake is the fixed mindset at work, and it can let a problem grow."
                ),
            ),
            Option(
                text='A general question to open with: "How am I doing so far?"',
                feedback=(
                    'Not the most useful. "How am I doing?" often gets "Fine." A specific question, '
                    'such as "What is one thing I could do differently when Walter cooks?", gets '
                    "something Hana can use."
                ),
            ),
            Option(
                text="A note that Walter's new pills looked different on Monday, saved for the meeting",
                feedback=(
                    "No. A possible medication error cannot wait for the next meeting. It must be "
                    "reported right away, as the agency's policy requires. Supervision is for "
                    "learning from it afterward, not for reporting it late."
                ),
            ),
            Option(
                text="A list of what Dale does wrong on shift, for Grace to take up with him",
                feedback=(
                    "Not this way. Supervision is about the work. Hana can raise what Dale said "
                    "and how it might affect Walter's chances to cook, but not a case against Dale "
                    "as a person."
                ),
            ),
        ],
    ),
    Scenario(
        id="growth-feedback-scenario",
        title="Hana's first supervision meeting with Grace",
        objectives=["supervision-feedback", "fixed-vs-growth"],
        prompt=(
            "You are Hana. It is Thursday, and you are in your first supervision meeting with "
            "your team lead, Grace. Make your choices and see where they lead."
        ),
        start="meeting",
        steps=[
            Step(
                id="meeting",
                text=(
                    'Grace smiles and opens her notebook. "Your note says cooking with Walter '
                    'was hard on Tuesday. Tell me about it." Your stomach tightens. What do you '
                    "say?"
                ),
                choices=[
                    Choice(
                        text="Tell her what happened, including that you took over the sandwich",
                        next="told",
                        consequence=(
                            "You walk her through it: the butter, the smoke, the spatula, Walter's "
                            "closed door. Grace listens without interrupting and writes a few "
                            "notes."
                        ),
                    ),
                    Choice(
                        text="Say it went fine overall, and Walter was probably just tired that day",
                        next="glossed",
                        consequence=(
                            'Grace nods. "Okay. Let\'s look at the schedule, then." The meeting '
                            "moves on, and the knot in your stomach stays."
                        ),
                    ),
                    Choice(
                        text="Say, \"Honestly, I don't think I'm cut out for this job\"",
                        next="cut-out",
                        consequence=(
                            'Grace puts down her pen. "That\'s a big conclusion," she says gently. "What happened?"'
                        ),
                    ),
                ],
            ),
            Step(
                id="glossed",
                text=(
                    "Since your meeting, Walter has said he does not want to cook, and Dale has "
                    'written in the log: "Walter no longer interested in cooking." You know there is '
                    "more to the story. What do you do?"
                ),
                choices=[
                    Choice(
                        text="Leave it, and let Dale's line in the log stand",
                        next="door-closed",
                        consequence="Nobody offers Walter the pan the next Tuesday.",
                    ),
                    Choice(
                        text="Mention to Grace at handover that Walter may still want to cook",
                        next="glossed",
                        consequence=(
                            'Grace says, "Good to know," and turns to the next worker. Walter\'s lunch '
                            "is still made for him, and nobody but you knows what happened with the "
                            "spatula."
                        ),
                    ),
                    Choice(
                        text="Ask Grace for a few minutes, and tell her what really happened",
                        next="told",
                        consequence=(
                            'Grace makes time that afternoon. "Thanks for coming back to this," '
                            'she says. "That took courage." You tell her the whole story.'
                        ),
                    ),
                ],
            ),
            Step(
                id="cut-out",
                text=(
                    "Grace waits. You feel your eyes sting. Part of you wants to explain, and "
                    "part of you wants the meeting to be over. What do you do?"
                ),
                choices=[
                    Choice(
                        text="Take a breath and tell her the whole story",
                        next="told",
                        consequence=(
                            "You tell her about the butter, the smoke, the spatula and Walter's "
                            "door. Grace says, \"Every new worker has a kitchen moment. Let's "
                            'look at this one together."'
                        ),
                    ),
                    Choice(
                        text="Ask to move on to the schedule, and promise to sort out the kitchen on your own",
                        next="glossed",
                        consequence=(
                            'Grace hesitates, then says, "All right. My door is open." The meeting moves '
                            "on. You leave relieved, with no plan for Tuesday."
                        ),
                    ),
                    Choice(
                        text="Say, \"It doesn't matter. I'm just bad at this,\" and change the subject",
                        next="stuck",
                        consequence=(
                            "Grace tries twice more, then lets it go for now. She reminds you about "
                            "the employee assistance program. You leave with nothing to try next "
                            "Tuesday."
                        ),
                    ),
                ],
            ),
            Step(
                id="told",
                text=(
                    'Grace looks up. "I wonder what Walter heard when you took the spatula." '
                    "Your face gets hot. It feels like criticism. What do you say?"
                ),
                choices=[
                    Choice(
                        text='"The pan was smoking. I was keeping him safe. What else was I supposed to do?"',
                        next="defended",
                        consequence=(
                            "Grace says safety matters, and asks whether Walter was in danger or "
                            "the pan was just smoking. You repeat that you did what you had to. "
                            "Grace moves on to the schedule."
                        ),
                    ),
                    Choice(
                        text="\"You're right. I ruined his lunch. I'm so sorry. It won't happen again.\"",
                        next="told",
                        consequence=(
                            "Grace shakes her head gently. \"I'm not looking for an apology, and you "
                            "didn't ruin anything. I'm wondering about Walter.\" She waits for you "
                            "to answer her question."
                        ),
                    ),
                    Choice(
                        text='Pause, then say, "I\'m not sure. What do you think he heard?"',
                        next="plan",
                        consequence=(
                            "Grace says cooking was a big part of Walter's life before his stroke. "
                            "When someone takes over, he may hear that he cannot do it anymore. "
                            "You say it back in your own words, and you both work out what to try "
                            "next time."
                        ),
                    ),
                ],
            ),
            Step(
                id="plan",
                text=(
                    "You leave with a plan: ask Walter before you start how he wants help, take "
                    "one breath before you reach for anything, and let Grace ask the team about "
                    "an occupational therapy visit. The next Tuesday, you ask Walter first. He "
                    'says, "Just hold the bread." The sandwich is lopsided, and he eats every '
                    "bite. At your next meeting, you tell Grace how it went."
                ),
                best=True,
                debrief=(
                    "This is the practice the chapter teaches. You brought a hard moment to "
                    "supervision honestly, noticed the sting of feedback without acting on it and "
                    "asked a question instead of defending yourself. You turned the feedback into a "
                    "specific plan, tried it and followed up. Most of all, you let Walter decide "
                    "what help he wanted: a growth mindset about him and about yourself, at the "
                    "same time."
                ),
            ),
            Step(
                id="defended",
                text=(
                    "The meeting ends on time. Next Tuesday, the pan smokes again, and you reach "
                    "for the spatula again. Walter does not bother to get up from his chair."
                ),
                debrief=(
                    "Feeling defensive when you hear feedback is normal. Acting on that feeling "
                    "shut down the conversation. Grace's question was not a verdict on you; it "
                    'was information about Walter. Asking "What do you think he heard?" would '
                    "have turned the sting into a plan. Go back and try listening to the end first."
                ),
            ),
            Step(
                id="door-closed",
                text=(
                    "Dale makes Walter's lunch on Tuesday. Walter stays in his chair and does not "
                    "come into the kitchen."
                ),
                debrief=(
                    "Hiding a mistake to protect how you look is the fixed mindset at work, and "
                    "here the cost falls on Walter. Left alone, one line in a log can harden into a "
                    "fixed belief about him, and new workers may never offer him the pan. Your supervisor can only help with what they know about. Raising "
                    "the moment, even a week late, would have kept the door open. Try again, and "
                    "tell Grace what happened."
                ),
            ),
            Step(
                id="stuck",
                text=("Next Tuesday, you make Walter's lunch without asking. It feels safer. Walter eats in silence."),
                debrief=(
                    '"I\'m just bad at this" is a fixed-mindset verdict, and it left you, and '
                    "Walter, with nowhere to go. Your feelings were real and worth naming. Grace was "
                    "right to mention support. But supervision works best when you also bring the "
                    "moment itself, so that you can learn from it together. Go back and tell Grace "
                    "the whole story."
                ),
            ),
        ],
    ),
]
