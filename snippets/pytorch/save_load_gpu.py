"""On a CUDA machine: a state_dict saved from the GPU loads back onto the GPU unless map_location says otherwise."""
import torch
from torch import nn

net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3)).to("cuda")
torch.save(net.state_dict(), "net_gpu.pth")  # the file remembers each tensor's device

state = torch.load("net_gpu.pth", weights_only=True)
print(state["0.weight"].device)  # cuda:0: restored where it was saved
state = torch.load("net_gpu.pth", map_location="cpu", weights_only=True)
print(state["0.weight"].device)  # cpu
assert state["0.weight"].device.type == "cpu"

cpu_net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
cpu_net.load_state_dict(state)  # a CPU model from GPU-trained weights
