"""The readiness check: two or three questions per foundation chapter, tied to its objectives."""

from textbook.kit import Option, Probe

READINESS = [
    Probe(
        id="ready-orientation-1",
        chapter="orientation",
        objectives=["roles-and-settings"],
        prompt=(
            "You work in supportive housing. Over the past two weeks, a tenant you support has "
            "stopped coming to the weekly coffee group, and he seems more withdrawn than usual. "
            "What fits your role as a front-line worker?"
        ),
        options=[
            Option(
                text="Ask how he is doing, and tell your team what you noticed, in your notes and at shift change",
                correct=True,
                feedback=(
                    "Yes. Chapter 1 explains that your job is to notice changes, pass them on and "
                    "help the person reach the right help, without diagnosing."
                ),
            ),
            Option(
                text="Tell him he seems depressed, and suggest that he ask his doctor about starting medication for it",
                feedback=(
                    "Diagnosing depression or giving advice on medication is outside a front-line "
                    "worker's scope of practice. Chapter 1 explains what your role allows, and what "
                    "to pass on to others."
                ),
            ),
            Option(
                text="Leave it alone, since how he feels is his private business and not part of your job",
                feedback=(
                    "Noticing changes is a key part of front-line work, because you see the person "
                    "far more often than specialists do. Chapter 1 explains why what you notice "
                    "matters to the team."
                ),
            ),
            Option(
                text="Wait until you are sure what is wrong before you mention it to anyone",
                feedback=(
                    "Being sure is not your job, and waiting can delay help. Chapter 1 explains that "
                    "you notice and report changes, and the team works out together what they mean."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-orientation-2",
        chapter="orientation",
        objectives=["worker-in-system"],
        prompt=(
            "You work an overnight shift at a shelter where guests must leave by 8 a.m. At 7:45, "
            "a guest is shaking and says he is too sick to go. What do you do?"
        ),
        options=[
            Option(
                text="Ask him to leave on time, since rules exist for a reason and it is not your place as a new worker to question them",
                feedback=(
                    "Policies matter, but ignoring a person who may be ill is not the answer. "
                    "Chapter 1 shows what to do when a policy and a person's needs seem to clash."
                ),
            ),
            Option(
                text="Let him stay as long as he likes and tell no one, since a person's needs always come before any agency rule",
                feedback=(
                    "Quietly breaking a rule leaves your supervisor and team in the dark, and it "
                    "changes nothing for next time. Chapter 1 explains how to raise a problem with "
                    "a policy through the proper channels."
                ),
            ),
            Option(
                text="Keep him safe, get medical help if he seems very ill, then call your supervisor and write it down",
                correct=True,
                feedback=(
                    "Yes. Chapter 1 describes this pattern of noticing, raising and recording, and "
                    "it will serve you in almost any setting."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-orientation-3",
        chapter="orientation",
        objectives=["revolving-door", "foundation-first"],
        prompt=(
            'Your new manager says, "We lose new staff every few months, so we keep training '
            'short. If something comes up with a person, just look it up on your phone." What is '
            "the biggest problem with this plan?"
        ),
        options=[
            Option(
                text="There is no real problem, because a quick search on your phone can guide you through almost any moment with a person",
                feedback=(
                    "Quick guides work well for procedures, such as filling out a form. Chapter 1 "
                    "explains why they fall short in moments with people, which happen in seconds "
                    "and depend on what you already carry."
                ),
            ),
            Option(
                text="The main cost of turnover falls on the agency, which has to pay again and again to recruit and train new workers",
                feedback=(
                    "Agencies do bear costs, but the people supported pay the highest price: lost "
                    "trust, retold stories and fewer choices. Chapter 1 explains this cost of the "
                    "revolving door."
                ),
            ),
            Option(
                text="Key moments happen in seconds, you may miss that there is a question, and the people supported pay the price",
                correct=True,
                feedback=(
                    "Yes. Chapter 1 explains the revolving door of under-prepared workers, what it "
                    "costs the people supported and why work with people needs a foundation first."
                ),
            ),
            Option(
                text="Looking things up is a sign of weakness, because good workers rely on their own instinct and common sense alone",
                feedback=(
                    "Quick resources are useful, and asking for help is part of the job. Chapter 1 "
                    "explains how a foundation helps you use quick guides well, not how to do "
                    "without them."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-history-1",
        chapter="history",
        objectives=["institutions-and-harm", "history-in-practice"],
        prompt=(
            "You support Evelyn, 74, in her own apartment. She lived in a large provincial "
            "institution from childhood until her twenties. Each morning, she asks your "
            "permission before she makes a cup of tea in her own kitchen. A co-worker says, "
            '"She is institutionalized. That is just how she is." What is the best response?'
        ),
        options=[
            Option(
                text="Tell her firmly that she must stop asking, so that she learns she is the one in charge of her home now",
                feedback=(
                    "Correcting her puts the problem in Evelyn and gives her one more rule from "
                    "someone else. Chapter 2 explains why your task is to show her, again and "
                    "again, that things are different now."
                ),
            ),
            Option(
                text="Ask her to tell you what happened in the institution, so that you can understand her better",
                feedback=(
                    "Whether to tell her story is Evelyn's choice, and you should not press for it. "
                    "Chapter 2 explains how to listen calmly if she chooses to share, and what to "
                    "do next."
                ),
            ),
            Option(
                text="Accept your co-worker's view, since the habit is part of her personality and does no harm",
                feedback=(
                    "The label makes a learned habit sound like a flaw in Evelyn. Chapter 2 "
                    "explains where habits like this came from, and why they still matter at work."
                ),
            ),
            Option(
                text="See a habit that kept her safe where staff held all the power, and keep offering her choices",
                correct=True,
                feedback=(
                    "Yes. Chapter 2 explains how institutions took control over daily life away "
                    "from people, and how small, kept promises help to rebuild trust."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-history-2",
        chapter="history",
        objectives=["normalization-srv", "community-living"],
        prompt=(
            "Your day program plans a Saturday trip. Twelve adults will ride to the mall in the "
            "agency van, all wearing the same bright T-shirt so that staff can spot them. Which "
            "change would do most to help people be seen as ordinary members of the community?"
        ),
        options=[
            Option(
                text="Keep the group together, but choose T-shirts in a quieter colour",
                feedback=(
                    "Quieter shirts help a little, but a large group moving together still casts "
                    "people as clients. Chapter 2 explains how valued roles, such as customer, "
                    "change how others see a person."
                ),
            ),
            Option(
                text="Support people to go out alone or with one or two others, to places they choose, as customers",
                correct=True,
                feedback=(
                    "Yes. Chapter 2 explains how social role valorization supports roles the "
                    "community values, and how community living means choosing where you go and "
                    "with whom."
                ),
            ),
            Option(
                text="Cancel community outings, since people are safer and calmer at the program",
                feedback=(
                    "Keeping people apart from the community repeats a harm of the old "
                    "institutions. Chapter 2 explains why community living is the goal."
                ),
            ),
            Option(
                text="Keep the plan as it is, since what matters most is that people get out of the house, not how others see them",
                feedback=(
                    "How others see a person shapes how they treat that person. Chapter 2 traces "
                    "this idea from normalization to social role valorization."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-history-3",
        chapter="history",
        objectives=["rights-movements"],
        prompt=(
            "Your team is meeting to change the evening routine in the group home where you work. "
            "A co-worker suggests meeting after the four residents are in bed, so that the "
            "meeting goes faster. What do you suggest instead?"
        ),
        options=[
            Option(
                text="Invite the residents, with the time, plain language and support they need to take part",
                correct=True,
                feedback=(
                    'Yes. Chapter 2 explains the disability rights slogan "nothing about us '
                    "without us\": decisions about people's lives should not be made without them."
                ),
            ),
            Option(
                text="Invite the residents' families instead, since families can speak for them",
                feedback=(
                    "Families can matter a great deal, but the routine is part of the residents' "
                    "own lives. Chapter 2 explains why people must take part in the decisions that "
                    "affect them."
                ),
            ),
            Option(
                text="Meet after bedtime as planned, then ask one resident whether the new routine seems all right",
                feedback=(
                    "Asking one person after the decision is made is not the same as taking part. "
                    'Chapter 2 explains what "nothing about us without us" asks of you at work.'
                ),
            ),
            Option(
                text="Meet after bedtime as planned, since staff know the routines best and can explain the changes the next day",
                feedback=(
                    "Deciding for people and telling them later is the pattern the disability "
                    "rights movement pushed against. Chapter 2 explains how people who use "
                    "services changed the field."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-models-1",
        chapter="models",
        objectives=["medical-vs-social"],
        prompt=(
            "Dana uses a wheelchair. She has missed her pottery class three weeks in a row, "
            "because the elevator at the community centre is broken. Which response best fits "
            "the social model of disability?"
        ),
        options=[
            Option(
                text="Record in her notes that she is not keeping up with the goals in her activity plan",
                feedback=(
                    "This note puts the problem in Dana. Chapter 3 explains how the social model "
                    "looks first for barriers, and how that changes what you write."
                ),
            ),
            Option(
                text="Suggest she choose a class that is easier to get to, since her disability makes this one too hard for her",
                feedback=(
                    "This treats her impairment as the reason she cannot go, when the barrier is "
                    "the elevator. Chapter 3 compares the medical and social models of disability."
                ),
            ),
            Option(
                text="See the broken elevator as the barrier, report it and help Dana find another way to class",
                correct=True,
                feedback=(
                    "Yes. Chapter 3 explains how the social model places disability in barriers, "
                    "such as a broken elevator, and asks you to remove the ones you can and report "
                    "the rest."
                ),
            ),
            Option(
                text="Ask her doctor whether her condition has changed",
                feedback=(
                    "Good health care matters, but nothing here suggests that her health is the "
                    "problem. Chapter 3 explains why you need more than the medical lens."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-models-2",
        chapter="models",
        objectives=["trauma-informed"],
        prompt=(
            "At a shelter intake, a young woman goes quiet and tense when you start the "
            "questions on the form. Nothing in her file mentions trauma. What fits "
            "trauma-informed practice?"
        ),
        options=[
            Option(
                text="Gently ask her to tell you what happened to her, so that you can understand what she needs from the shelter",
                feedback=(
                    "No one should have to retell their story to get support, and asking can cause "
                    "new harm. Chapter 3 explains how to work well without knowing a person's story."
                ),
            ),
            Option(
                text="Finish the questions as fast as you can, so that the hard part is over sooner",
                feedback=(
                    "Rushing can feel like pressure, and pressure can feel unsafe. Chapter 3 "
                    "explains how safety, trust and choice shape everyday tasks such as an intake."
                ),
            ),
            Option(
                text="Carry on as usual, since her file does not show any history of trauma that you need to plan for",
                feedback=(
                    "Trauma-informed practice assumes that anyone may have a history of trauma, "
                    "because you cannot tell who does. Chapter 3 explains why."
                ),
            ),
            Option(
                text="Slow down, explain why you ask each question, and ask what would help her feel at ease",
                correct=True,
                feedback=(
                    "Yes. Chapter 3 explains the principles of trauma-informed practice, including "
                    "safety, trustworthiness and transparency, and empowerment, voice and choice."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-models-3",
        chapter="models",
        objectives=["survey-models"],
        prompt=(
            "Kofi, 31, lives with schizophrenia and still hears voices on some days. He tells "
            "you he wants to go back to college in the fall to finish his carpentry diploma. "
            "Which response fits the recovery model?"
        ),
        options=[
            Option(
                text="Help him plan for college, including what he will do on days when the voices are loud",
                correct=True,
                feedback=(
                    "Yes. Chapter 3 explains the recovery model: a hopeful, satisfying life, as the "
                    "person defines it, is possible with or without ongoing symptoms."
                ),
            ),
            Option(
                text="Tell him to wait until the voices stop, so that he does not set himself up to fail",
                feedback=(
                    "In the recovery model, a hopeful life does not have to wait for symptoms to "
                    "end. Chapter 3 explains what recovery means, and what it asks of you."
                ),
            ),
            Option(
                text="Remind him that his main goal for now should be to take his medication every day as prescribed",
                feedback=(
                    "Medication may matter to Kofi, but recovery is about the life he wants, and he "
                    "defines it. Chapter 3 explains why you ask about his goals, not only his "
                    "treatment."
                ),
            ),
            Option(
                text="Say nothing about it, since his education plans are outside your role as a support worker",
                feedback=(
                    "Helping people work toward goals they set is part of front-line support. "
                    "Chapter 3 explains how the recovery model shapes your everyday work."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-knowing-yourself-1",
        chapter="knowing-yourself",
        objectives=["bias"],
        prompt=(
            "At 11:30 a.m., Gilbert, 54, answers his door in a bathrobe. The blinds are closed. "
            "He tells you that back pain kept him up last night, and that he has not called about "
            "the volunteer job you suggested. Which note is best for his file?"
        ),
        options=[
            Option(
                text='"Still in bed at 11:30 again. Has not followed up on the volunteer job yet. Lacks any motivation to change."',
                feedback=(
                    '"Lacks motivation" is a conclusion, not something you saw, and it may follow '
                    "him for years. Chapter 4 explains how bias can shape the words you write."
                ),
            ),
            Option(
                text='"Answered door in bathrobe at 11:30 a.m. Said back pain kept him up. Has not called about volunteering."',
                correct=True,
                feedback=(
                    "Yes, this note describes what you saw and heard, before deciding what it means. "
                    "Chapter 4 explains the habit of describing before you decide."
                ),
            ),
            Option(
                text='"Seemed lazy today, but was polite about it. Will need to push him harder on the volunteer job."',
                feedback=(
                    '"Lazy" is a judgment, and the volunteer job may be your goal rather than his. '
                    "Chapter 4 explains how your own values can turn into judgments about a person."
                ),
            ),
            Option(
                text="Leave the visit out of your notes, so that nothing negative about him goes into his file",
                feedback=(
                    "Leaving things out does not protect him, and the team may need to know about "
                    "his pain. Chapter 4 explains how to write notes that are accurate and fair."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-knowing-yourself-2",
        chapter="knowing-yourself",
        objectives=["personal-vs-professional"],
        prompt=(
            "You lost an uncle to alcohol, and you believe that the only safe amount of any drug "
            "is none. Your new job is in supportive housing that uses harm reduction, and part of "
            "your role is handing out naloxone kits. What do you do?"
        ),
        options=[
            Option(
                text="Quietly skip handing out the kits, since you should never act against your own deepest values",
                feedback=(
                    "Quietly doing a worse job leaves tenants without help they need. Chapter 4 "
                    "explains how to act within your role when your values and your work pull apart."
                ),
            ),
            Option(
                text="Hand out the kits, but make sure to tell each tenant that they really should stop using",
                feedback=(
                    "Lecturing puts your values at the centre of someone else's life. Chapter 4 "
                    "explains the difference between personal values and professional values."
                ),
            ),
            Option(
                text="Decide that your values and this job can never fit, and quit right away",
                feedback=(
                    "Value conflicts are common, and you do not have to give up your values to do "
                    "this work. Chapter 4 explains what to do when they clash."
                ),
            ),
            Option(
                text="Hand out the kits as your role asks, and talk with your supervisor about the conflict",
                correct=True,
                feedback=(
                    "Yes. Chapter 4 explains how to notice and name a value conflict, act within "
                    "your role and bring it to supervision."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-knowing-yourself-3",
        chapter="knowing-yourself",
        objectives=["cultural-humility"],
        prompt=(
            "You are about to make a first home visit to a family whose language, faith and "
            "background differ from yours. What is the best way to begin?"
        ),
        options=[
            Option(
                text='Ask, "In your culture, how do families usually handle this?"',
                feedback=(
                    "This asks one family to speak for a whole group, and no person is the average "
                    "of their group. Chapter 4 explains cultural humility and the questions that "
                    "fit it."
                ),
            ),
            Option(
                text="Read a fact sheet about their culture first, so that you already know what they need",
                feedback=(
                    "Learning on your own time helps, but a list of facts can easily turn into a "
                    "stereotype. Chapter 4 explains why you hold what you know lightly and learn "
                    "from each person."
                ),
            ),
            Option(
                text='Ask, "What should I know about you, your family or your traditions to support you well?"',
                correct=True,
                feedback=(
                    "Yes, this question lets the family lead and treats them as the experts on "
                    "their own lives. Chapter 4 explains cultural humility."
                ),
            ),
            Option(
                text="Stay away from the subject of culture, since treating everyone exactly the same is fairest",
                feedback=(
                    "Your agency's ways of doing things are part of a culture too, and they are not "
                    "neutral. Chapter 4 explains how to work across differences with curiosity."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-ethics-1",
        chapter="ethics",
        objectives=["dignity-of-risk", "dignity-self-determination"],
        prompt=(
            "Marcus, 34, has an intellectual disability and makes his own decisions. He wants to "
            "start taking the city bus to work on his own. He has never done it, and you worry "
            "that he could miss his stop. What do you do?"
        ),
        options=[
            Option(
                text="Tell him the bus route is too complicated for now, so that he does not get his hopes up",
                feedback=(
                    "This is paternalism, and it is also untrue. Chapter 5 explains why overriding a "
                    'person\'s choice "for their own good" wears away dignity and trust.'
                ),
            ),
            Option(
                text="Hold off on the plan until you can be sure that nothing at all will go wrong on the bus",
                feedback=(
                    "There is almost always some risk, and taking all of it away can take away a "
                    "full life. Chapter 5 explains the dignity of risk."
                ),
            ),
            Option(
                text="Tell him it is his choice, and leave all of the planning and the worrying to him",
                feedback=(
                    "Respecting his choice does not mean leaving him alone with it. Chapter 5 "
                    "explains how the dignity of risk goes together with your duty of care."
                ),
            ),
            Option(
                text="Help him practise the route, and plan with him who to call if he misses his stop",
                correct=True,
                feedback=(
                    "Yes. Chapter 5 explains the dignity of risk: you support a person to do what "
                    "they chose, as safely as they want to."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-ethics-2",
        chapter="ethics",
        objectives=["confidentiality-limits"],
        prompt=(
            'At an after-school program, a 13-year-old pulls you aside and says, "Can I tell you '
            'something if you promise not to tell anyone?" What do you say?'
        ),
        options=[
            Option(
                text="Promise to keep it secret, so that she trusts you enough to tell you what is going on",
                feedback=(
                    "Some things, such as a child being hurt, you must report, so this is a promise "
                    "you may not be able to keep. Chapter 5 explains the limits of confidentiality."
                ),
            ),
            Option(
                text="Say it stays private, with a few exceptions, such as if someone is being hurt",
                correct=True,
                feedback=(
                    "Yes. Chapter 5 explains why you tell people the limits of confidentiality "
                    "early, and why the details depend on your provincial law and your agency's "
                    "policy."
                ),
            ),
            Option(
                text="Tell her to talk to her parents first, since they have a right to know everything",
                feedback=(
                    "Sending her elsewhere may close a door she was trying to open. Chapter 5 "
                    "explains how to respond when someone wants to tell you something private."
                ),
            ),
            Option(
                text="Tell her that you cannot keep anything private, so she should find someone else",
                feedback=(
                    "Confidentiality is real, even though it has limits. Chapter 5 explains how to "
                    "be honest about those limits without turning a young person away."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-ethics-3",
        chapter="ethics",
        objectives=["decision-process", "codes-of-ethics"],
        prompt=(
            "Samuel, 45, makes his own decisions. He wants to spend most of the money he has "
            "saved this year on a concert trip. His brother calls and asks you to stop him. No "
            "one is in danger, but you feel pulled both ways. What should you do first?"
        ),
        options=[
            Option(
                text="Look up the rule in your code of ethics that tells you exactly what to do in a case like this",
                feedback=(
                    "Codes name the values that matter, such as dignity and self-determination, but "
                    "they cannot weigh them for you. Chapter 5 explains what codes of ethics offer "
                    "and where they stop."
                ),
            ),
            Option(
                text="Slow down: gather the facts, name the values at stake and talk with your supervisor",
                correct=True,
                feedback=(
                    "Yes. Chapter 5 gives you a step-by-step process for ethical dilemmas, and it "
                    "explains why hard choices are team choices."
                ),
            ),
            Option(
                text="Ask yourself what you would do with the money in his place, and guide him toward that choice",
                feedback=(
                    "What you would choose for yourself is not the point. Chapter 5 explains why "
                    "mixing up your values with the person's is a common trap."
                ),
            ),
            Option(
                text="Do what his brother asks, since family members usually know what is best for each other",
                feedback=(
                    "Samuel is an adult, and the choice is his; his brother's worry is real, but it "
                    "does not decide the matter. Chapter 5 explains self-determination and a way to "
                    "weigh everyone's concerns."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-boundaries-1",
        chapter="boundaries",
        objectives=["crossing-vs-violation"],
        prompt=(
            "A tenant you support often gets upset near the end of your visits. Twice, you have "
            "stayed late to finish talking with him. Now you are thinking of giving him your "
            'personal phone number "for emergencies." What is the best step?'
        ),
        options=[
            Option(
                text="Give him the number, since being there for him whenever he needs you is what good support looks like",
                feedback=(
                    "Small, kind steps can build on each other until the relationship depends on you "
                    "alone. Chapter 6 explains boundary drift, and how crossings can turn into "
                    "violations."
                ),
            ),
            Option(
                text="Ask whose need this meets, keep contact to work channels and talk with your supervisor",
                correct=True,
                feedback=(
                    "Yes. Chapter 6 explains how to catch boundary drift early, and why a step "
                    "outside your role deserves thought and a talk with your supervisor."
                ),
            ),
            Option(
                text="Stop visiting him, so that there is no chance of crossing a line",
                feedback=(
                    "Boundaries that are too rigid can also harm people, and he would lose support "
                    "he needs. Chapter 6 explains why good boundaries are clear and warm."
                ),
            ),
            Option(
                text="Give him the number, but keep it between the two of you so that other tenants do not ask for it too",
                feedback=(
                    "Wanting to keep something quiet is a warning sign. Chapter 6 explains how to "
                    "tell a harmless boundary crossing from a violation."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-boundaries-2",
        chapter="boundaries",
        objectives=["dual-relationships"],
        prompt=(
            "You live and work in a small town. At your nephew's hockey game, the coach turns out "
            'to be a man you support every Tuesday. He waves and calls out, "Hey, there is my '
            'worker!" Several parents turn to look. What fits best?'
        ),
        options=[
            Option(
                text="Pretend not to know him, so that the other parents do not guess that he gets support",
                feedback=(
                    "Ignoring him can feel like rejection, and he has already said it himself. "
                    "Chapter 6 explains how to manage a dual relationship warmly and openly."
                ),
            ),
            Option(
                text="Ask your agency to move him to another worker, since any dual relationship is a violation",
                feedback=(
                    "In a small town, some overlaps cannot be avoided, and they are not violations "
                    "in themselves. Chapter 6 explains how to manage them."
                ),
            ),
            Option(
                text="Wave back and add no details; later, tell your supervisor and agree with him on a plan",
                correct=True,
                feedback=(
                    "Yes. Chapter 6 explains how to manage a dual relationship you cannot avoid: "
                    "name it early, protect privacy and make a plan."
                ),
            ),
            Option(
                text="Chat with him about how his support plan is going, since you are both there anyway",
                feedback=(
                    "Talking about his support in public puts his privacy at risk. Chapter 6 "
                    "explains why you keep work at work and offer to talk at your next visit."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-boundaries-3",
        chapter="boundaries",
        objectives=["everyday-boundaries", "using-supervision"],
        prompt=(
            "Jess, 19, comes to the weekly coffee group you run. She has few friends in town and "
            'often tells you that you "get her." Tonight she sends a friend request to your '
            "personal social media account. What do you do?"
        ),
        options=[
            Option(
                text="Accept it, since saying no would hurt her feelings, and she really needs more friends in town",
                feedback=(
                    "Accepting creates a new relationship outside your role, with messages at any "
                    "hour and a hard goodbye later. Chapter 6 explains how to think through social "
                    "media and other everyday boundaries."
                ),
            ),
            Option(
                text="Ignore the request and say nothing, in the hope that she forgets about it after a while",
                feedback=(
                    "Silence can feel like rejection, and it leaves her guessing. Chapter 6 explains "
                    "how to decline kindly, in person if you can."
                ),
            ),
            Option(
                text="Accept it, and tell your supervisor right away so that everything is out in the open",
                feedback=(
                    "Being open with your supervisor is good, but it does not change what accepting "
                    "creates: a relationship outside your role. Chapter 6 explains how to decline "
                    "kindly instead."
                ),
            ),
            Option(
                text="Decline kindly in person, say it is the same for everyone, and tell your supervisor",
                correct=True,
                feedback=(
                    "Yes. Chapter 6 explains how to decline warmly, follow your agency's social "
                    "media policy and bring what you notice, such as loneliness, to supervision."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-self-care-1",
        chapter="self-care",
        objectives=["naming-the-strain"],
        prompt=(
            "A week ago, a youth at your shelter told you about harm that was done to her. Since "
            "then, you keep picturing what she described, you sleep badly and you feel on edge. "
            "You still like your job. Which idea best fits what may be happening?"
        ),
        options=[
            Option(
                text="Burnout",
                feedback=(
                    "Burnout builds slowly from long-term stress at work, and it often drains your "
                    "sense that your work matters. Chapter 7 explains how to tell it apart from a "
                    "reaction to one story."
                ),
            ),
            Option(
                text="Secondary traumatic stress",
                correct=True,
                feedback=(
                    "Yes. Chapter 7 explains secondary traumatic stress: a reaction to hearing about "
                    "someone else's trauma that can come on quickly after one event, and a known "
                    "risk of the work, not a flaw in you."
                ),
            ),
            Option(
                text="Vicarious trauma",
                feedback=(
                    "Vicarious trauma is a slow change in your beliefs about safety and trust that "
                    "builds up over time. Chapter 7 explains how it differs from a quick reaction to "
                    "one story."
                ),
            ),
            Option(
                text="A sign that you are too sensitive for this work",
                feedback=(
                    "Reactions like these are a known risk of work with people who have been through "
                    "trauma, not proof that you do not belong. Chapter 7 names them and explains "
                    "where to turn for support."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-self-care-2",
        chapter="self-care",
        objectives=["organizational-vs-individual"],
        prompt=(
            "Your team has been three staff short for months, and you have picked up extra shifts "
            "most weeks. Your manager's answer is a free meditation app for everyone. Which view "
            "is most accurate?"
        ),
        options=[
            Option(
                text="The app will fix it if everyone uses it daily, since burnout comes down to how each worker copes",
                feedback=(
                    "An app may help someone sleep, but it does not fill a single shift. Chapter 7 "
                    "explains the causes of burnout that lie in how work is organized, such as "
                    "workload."
                ),
            ),
            Option(
                text="The cause lies with the agency, so there is nothing you can do for yourself until it hires more staff",
                feedback=(
                    "Seeing only the organization can hide what is within your reach, such as "
                    "saying no to some extra shifts. Chapter 7 explains what each layer, including "
                    "you, can do."
                ),
            ),
            Option(
                text="Both matter: the agency needs to fix staffing, and you can limit extra shifts and raise the workload",
                correct=True,
                feedback=(
                    "Yes. Chapter 7 explains how organizational and individual factors both add to "
                    "burnout, and who can act on each."
                ),
            ),
            Option(
                text="Self-care mostly means treating yourself, so book a spa day on your next day off",
                feedback=(
                    "Treats can be nice, but self-care also means limits, sleep and asking for "
                    "support. Chapter 7 explains why self-care is more than bubble baths, and why it "
                    "works alongside a workplace that does its part."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-self-care-3",
        chapter="self-care",
        objectives=["warning-signs", "wellness-plan"],
        prompt=(
            "For a few weeks, you have dreaded your shifts, checked the staff group chat on your "
            "days off, dropped your weekly soccer game and snapped at your partner over small "
            "things. What is the best next step?"
        ),
        options=[
            Option(
                text="Treat them as warning signs: talk with your supervisor and get back to what keeps you well",
                correct=True,
                feedback=(
                    "Yes. Chapter 7 explains how to spot your own early signs, and how to build a "
                    "wellness and boundaries plan that says what you will do when they appear."
                ),
            ),
            Option(
                text="Push through, since feeling this way is part of the job and will pass when things calm down",
                feedback=(
                    "These are early signs of strain, and small steps help most when you act early. "
                    "Chapter 7 explains how to notice your own warning signs."
                ),
            ),
            Option(
                text="Keep it to yourself, so that your supervisor does not think you cannot handle the job",
                feedback=(
                    "Asking for help early is a skill, not a weakness, and a good supervisor wants "
                    "to know. Chapter 7 explains where to turn."
                ),
            ),
            Option(
                text="Take a long weekend, since once you are rested, the signs will be gone for good",
                feedback=(
                    "Rest helps, but signs that have lasted for weeks need more than one weekend, and "
                    "some of the causes may lie at work. Chapter 7 explains what to do at each level "
                    "of warning signs."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-growth-1",
        chapter="growth",
        objectives=["fixed-vs-growth"],
        prompt=(
            "Frank, 62, had a stroke last year, and his right hand is weak. He tells you he wants "
            'to make his own lunch. A co-worker says, "He is not going to get any better at '
            'that. Just make it for him. It is faster." What is the best response?'
        ),
        options=[
            Option(
                text="Agree with your co-worker, since it is kinder not to let Frank struggle, and it saves time",
                feedback=(
                    "If no one offers Frank the chance to try, he cannot get better, which seems to "
                    "prove the belief right. Chapter 8 explains fixed and growth mindsets about the "
                    "people you support."
                ),
            ),
            Option(
                text="Tell Frank that with enough practice, his hand will get strong again, so he should keep trying",
                feedback=(
                    "A growth mindset does not mean promising what no one knows. Chapter 8 explains "
                    "how to stay open to growth without making predictions."
                ),
            ),
            Option(
                text="Tell Frank that he could make his own lunch if he just tried a little harder",
                feedback=(
                    "That is blame, not a growth mindset, and it ignores real barriers. Chapter 8 "
                    "explains the limits of mindset thinking."
                ),
            ),
            Option(
                text="Ask Frank how he wants help, and ask the team about tools that could make cooking easier",
                correct=True,
                feedback=(
                    "Yes. Chapter 8 explains a growth mindset about people: staying open to what a "
                    "person might do next, following their goals and looking for what can change."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-growth-2",
        chapter="growth",
        objectives=["supervision-feedback", "fixed-vs-growth"],
        prompt=(
            "In your third week, you took over a task that a man you support wanted to do "
            'himself, and he was upset. You keep thinking, "Maybe I am just not cut out for '
            'this." Your first supervision meeting is tomorrow. What do you do?'
        ),
        options=[
            Option(
                text="Bring the moment to supervision, say honestly what happened and ask what to try next time",
                correct=True,
                feedback=(
                    "Yes. Chapter 8 explains how to prepare for supervision, be honest about "
                    "mistakes and use feedback to grow."
                ),
            ),
            Option(
                text="Say that everything is going fine, so that your supervisor does not doubt you",
                feedback=(
                    "Your supervisor can help only with what they know about, and a hidden mistake "
                    "can grow. Chapter 8 explains how to use supervision well."
                ),
            ),
            Option(
                text="Accept that some people are born for this work, and that you may not be one of them",
                feedback=(
                    "That is a fixed mindset about yourself, and it leaves nothing to learn. Chapter "
                    "8 explains how a growth mindset turns a hard moment into a problem you can work "
                    "on."
                ),
            ),
            Option(
                text="Plan to explain right away why you did what you did, if your supervisor gives you feedback",
                feedback=(
                    "Explaining yourself at once can stop you from hearing what is useful. Chapter 8 "
                    "explains how to listen to the end, ask for an example and then decide what to do."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-growth-3",
        chapter="growth",
        objectives=["reflective-cycle", "in-and-on-action"],
        prompt=(
            "On the drive home after a hard shift, you keep replaying a moment that went badly "
            "with a person you support. How can you turn it into learning?"
        ),
        options=[
            Option(
                text="Keep replaying it until it stops bothering you, since going over it again and again is how reflection works",
                feedback=(
                    "Replaying a bad moment over and over drains you and teaches little. Chapter 8 "
                    "explains how real reflection has a purpose and an end point: a plan for next "
                    "time."
                ),
            ),
            Option(
                text="Skip straight to a firm rule for next time, so that you do not dwell on how you felt about it",
                feedback=(
                    "Jumping from what happened to a rule can miss why it happened. Chapter 8 "
                    "explains a reflective cycle that makes room for feelings without stopping there."
                ),
            ),
            Option(
                text="Work through it in order, from what happened and what you felt to why, and then a plan",
                correct=True,
                feedback=(
                    "Yes. Chapter 8 explains reflection-on-action, and it gives you a reflective "
                    "cycle of six questions to use after any shift."
                ),
            ),
            Option(
                text="Put it out of your mind, since thinking about mistakes only hurts your confidence",
                feedback=(
                    "A worker who never looks back can keep making the same mistakes. Chapter 8 "
                    "explains how to look back on your work and learn from it."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-practicum-1",
        chapter="practicum",
        objectives=["learning-plan"],
        prompt=(
            "Your field supervisor asks you to write goals for your practicum learning plan. Which goal is most useful?"
        ),
        options=[
            Option(
                text='"Become a better support worker by learning as much as I can from every person at the agency."',
                feedback=(
                    "This goal is too broad for you or your supervisor to check. Chapter 9 explains "
                    "how to write goals with activities and signs of progress."
                ),
            ),
            Option(
                text='"Never make a mistake in front of my supervisor, so that I get a strong final evaluation."',
                feedback=(
                    "Mistakes are part of learning, and hiding them helps no one. Chapter 9 builds on "
                    "the growth mindset from Chapter 8 to help you set goals you can learn from."
                ),
            ),
            Option(
                text='"Read and learn all of the agency\'s policies before I work with any of the residents."',
                feedback=(
                    "Knowing policies matters, but you learn the work by doing it with support, not "
                    "by waiting. Chapter 9 explains how to plan learning that you and your "
                    "supervisor can check."
                ),
            ),
            Option(
                text='"By week six, support a resident\'s grocery trip after shadowing it twice, and ask for feedback."',
                correct=True,
                feedback=(
                    "Yes, this goal names what you will do, how you will learn it and how you will "
                    "know you have made progress. Chapter 9 explains how to build a practicum "
                    "learning plan."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-practicum-2",
        chapter="practicum",
        objectives=["when-jit-helps", "judge-jit-resource"],
        prompt=(
            "During your practicum, a person you support offers you a gift card to say thank you. "
            'You search online and find a short article called "Five rules for gifts from '
            'clients." How should you use it?'
        ),
        options=[
            Option(
                text="Follow its rules exactly, since a quick guide is meant to do the thinking for you in the moment",
                feedback=(
                    "A quick guide builds on your foundation; it does not replace your judgment. "
                    "Chapter 9 explains when just-in-time learning helps, and when it does not."
                ),
            ),
            Option(
                text="Check who wrote it and whether it fits here, and put your agency's policy and supervisor first",
                correct=True,
                feedback=(
                    "Yes. Chapter 9 gives you questions to judge whether a just-in-time resource can "
                    "be trusted and fits your situation."
                ),
            ),
            Option(
                text="Ignore it, since nothing you find online about this work can ever be trusted",
                feedback=(
                    "Some quick resources are useful, such as the practice cards in this book. "
                    "Chapter 9 explains how to find good ones and judge them."
                ),
            ),
            Option(
                text="Follow it if it has lots of likes and shares, since that shows many people trust it",
                feedback=(
                    "Being popular is not the same as being trustworthy or fitting your situation. "
                    "Chapter 9 gives you questions to judge a just-in-time resource before you use it."
                ),
            ),
        ],
    ),
    Probe(
        id="ready-practicum-3",
        chapter="practicum",
        objectives=["knowing-what-you-dont-know"],
        prompt=(
            'On your first day of practicum, your field supervisor asks, "Any questions?" You '
            "are not sure yet what you do not know. What is the best answer?"
        ),
        options=[
            Option(
                text="Say no, so that you seem ready and do not take up your supervisor's time",
                feedback=(
                    "New workers often do not know what they do not know, and saying no closes the "
                    "door on finding out. Chapter 9 explains how to find your gaps and who to ask."
                ),
            ),
            Option(
                text="Say you will wait until something comes up, since you will find out what you need to know then",
                feedback=(
                    "Some moments happen too fast to look anything up, and you may not even see that "
                    "there is a question. Chapter 9 builds on Chapter 1 to help you find gaps early."
                ),
            ),
            Option(
                text="Ask what you must report and to whom, and who to call when something goes wrong",
                correct=True,
                feedback=(
                    "Yes. Chapter 9 explains how to name gaps in what you know before you need the "
                    "answer, and who you can ask about them."
                ),
            ),
        ],
    ),
]
