"""Why weights_only=True is the default: unpickling a file runs whatever code its author put in."""
import pickle

import torch


class Payload:
    def __reduce__(self):  # (1)!
        return (print, ("this ran while the file was loading",))  # (2)!


torch.save({"weight": torch.zeros(2), "extra": Payload()}, "harmless_looking.pth")

try:
    torch.load("harmless_looking.pth", weights_only=True)
except pickle.UnpicklingError:
    print("weights_only=True: refused")
checkpoint = torch.load("harmless_looking.pth", weights_only=False)
print(checkpoint)
