// msgpackr loads its native accelerator in a try/catch and uses plain JavaScript when it fails.
throw new Error('msgpackr-extract is not installed (nianbao uses msgpackr without it)');
