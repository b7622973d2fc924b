"""add_graph needs a model instance and an example input; passing the class fails."""
import warnings

import torch
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
from torch import nn
from torch.utils.tensorboard import SummaryWriter


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.model = nn.Sequential(
            nn.Conv2d(3, 32, 5, padding=2), nn.MaxPool2d(2),
            nn.Conv2d(32, 32, 5, padding=2), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 5, padding=2), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(1024, 64), nn.Linear(64, 10),
        )

    def forward(self, x):
        return self.model(x)


writer = SummaryWriter("runs/graph")
X = torch.rand(1, 3, 32, 32)  # (1)!
try:
    writer.add_graph(Net, X)  # the class, as in the source notes
except AttributeError as error:
    print("AttributeError:", error)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    writer.add_graph(Net(), X)  # an instance: this works
writer.close()
for message in sorted({str(w.message) for w in caught}):
    print("FutureWarning:", message)

acc = EventAccumulator("runs/graph")
acc.Reload()
print([node.op for node in acc.Graph().node if node.op.startswith("aten::")])
