"""On a CUDA machine: map_location decides where loaded tensors go; load_state_dict leaves the model where it is."""
import torch
from torch import nn

net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3)).to("cuda")
torch.save(net.state_dict(), "net_gpu.pth")  # the file remembers each tensor's device

state = torch.load("net_gpu.pth", weights_only=True)
print(state["0.weight"].device)  # cuda:0: restored where it was saved
cpu_net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
cpu_net.load_state_dict(state)  # copies the values into cpu_net's own parameters
print(cpu_net[0].weight.device)  # cpu: the model stays where it is
assert cpu_net[0].weight.device.type == "cpu"

state = torch.load("net_gpu.pth", map_location="cpu", weights_only=True)
print(state["0.weight"].device)  # cpu: what a machine without CUDA needs
assert state["0.weight"].device.type == "cpu"

torch.save(cpu_net.state_dict(), "net_cpu.pth")  # saved from the CPU...
state = torch.load("net_cpu.pth", map_location="cuda:0", weights_only=True)
print(state["0.weight"].device)  # ...loaded straight onto the GPU: cuda:0
assert state["0.weight"].device == torch.device("cuda:0")
gpu_net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3)).to("cuda")
gpu_net.load_state_dict(state)  # build the model, move it, then load
print(gpu_net[0].weight.device)  # cuda:0
